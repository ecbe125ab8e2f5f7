package io.sousei.economy;

import java.util.Objects;

/** A request the economy engines refuse, with a stable code and a message that says what to do. */
public final class EconomyException extends RuntimeException {

    private final EconomyErrorCode code;

    public EconomyException(EconomyErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public EconomyErrorCode code() {
        return code;
    }
}
