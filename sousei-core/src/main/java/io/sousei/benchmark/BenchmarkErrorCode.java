package io.sousei.benchmark;

/** Stable codes of the benchmarking errors a user can act on. */
public enum BenchmarkErrorCode {
    /** The region has no value for some indicator of the profile: choose other indicators or periods. */
    BENCHMARK_REGION_INCOMPLETE,
    /** Too few regions with complete data for the method (clusters, neighbours, PCA): widen the selection. */
    BENCHMARK_TOO_FEW_REGIONS,
    /** The indicator is not in the matrix: read it first or correct the id. */
    BENCHMARK_UNKNOWN_INDICATOR,
    /** The warehouse has no values for an indicator at the level and period asked: choose another period. */
    BENCHMARK_NO_DATA
}
