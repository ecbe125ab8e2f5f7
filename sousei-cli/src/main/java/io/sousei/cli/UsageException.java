package io.sousei.cli;

/** A command given values it cannot use; the message says what to give instead. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
