package io.sousei.store;

/** The warehouse cannot be opened, read or written for a reason outside the data (a lock, a full disk…). */
public final class WarehouseException extends RuntimeException {

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
