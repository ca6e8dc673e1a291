package io.verbatim.domain.port;

/** A workspace could not be read or written; the message says what, in words a user can act on. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
