package io.sousei.population;

/** A projection request that cannot be answered as asked; the code is stable, the message says what to do. */
public final class PopulationProjectionException extends RuntimeException {

    private final PopulationErrorCode code;

    public PopulationProjectionException(PopulationErrorCode code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public PopulationErrorCode code() {
        return code;
    }
}
