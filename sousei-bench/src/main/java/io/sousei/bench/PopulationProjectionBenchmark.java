package io.sousei.bench;

import io.sousei.population.ProjectionMethod;
import io.sousei.population.ProjectionScenario;
import io.sousei.population.TfrPath;
import io.sousei.population.regional.CountryInputs;
import io.sousei.population.regional.RegionInputs;
import io.sousei.population.regional.RegionalProjection;
import io.sousei.population.regional.RegionalProjectionSpec;
import io.sousei.region.Country;
import io.sousei.store.Warehouse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every region of a country projected 30 years ahead on one thread, from inputs already estimated (the warehouse is
 * read once in the setup): JP 1,741 municipalities 2015→2045, TW 368 towns 2017→2047.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PopulationProjectionBenchmark {

    /** A warehouse with the bundled data imported ({@code ./sousei import --db PATH}). */
    @Param("data/sousei.duckdb")
    public String db;

    private CountryInputs japan;
    private CountryInputs taiwan;

    @Setup
    public void readInputs() {
        try (Warehouse w = Warehouse.open(Path.of(db))) {
            japan = w.populationInputs().getInputs(Country.JP, 2015);
            taiwan = w.populationInputs().getInputs(Country.TW, 2017);
        }
    }

    private static RegionalProjectionSpec spec(CountryInputs in, ProjectionMethod m, ProjectionScenario s) {
        return new RegionalProjectionSpec(in.country(), List.of(), m, in.baseYear(), in.baseYear() + 30, s, false);
    }

    private static void projectAll(CountryInputs in, RegionalProjectionSpec spec, Blackhole bh) {
        for (RegionInputs r : in.regions().values()) {
            bh.consume(RegionalProjection.project(r, in.fertilityTrend(), spec));
        }
    }

    @Benchmark
    public void japanIpss(Blackhole bh) {
        projectAll(japan, spec(japan, ProjectionMethod.IPSS_MUNICIPAL, ProjectionScenario.BASELINE), bh);
    }

    @Benchmark
    public void japanCohortComponent(Blackhole bh) {
        projectAll(japan, spec(japan, ProjectionMethod.COHORT_COMPONENT, ProjectionScenario.BASELINE), bh);
    }

    @Benchmark
    public void japanIpssScenario(Blackhole bh) {
        projectAll(
                japan,
                spec(japan, ProjectionMethod.IPSS_MUNICIPAL, ProjectionScenario.of(TfrPath.linearTo(2.07, 2040), 0.5)),
                bh);
    }

    @Benchmark
    public void taiwanIpss(Blackhole bh) {
        projectAll(taiwan, spec(taiwan, ProjectionMethod.IPSS_MUNICIPAL, ProjectionScenario.BASELINE), bh);
    }

    @Benchmark
    public void taiwanCohortComponent(Blackhole bh) {
        projectAll(taiwan, spec(taiwan, ProjectionMethod.COHORT_COMPONENT, ProjectionScenario.BASELINE), bh);
    }
}
