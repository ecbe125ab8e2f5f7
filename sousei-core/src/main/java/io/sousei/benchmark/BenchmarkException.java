package io.sousei.benchmark;

/** A benchmarking request that the data cannot answer; the code is stable, the message says what to do. */
public final class BenchmarkException extends RuntimeException {

    private final BenchmarkErrorCode code;

    public BenchmarkException(BenchmarkErrorCode code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public BenchmarkErrorCode code() {
        return code;
    }
}
