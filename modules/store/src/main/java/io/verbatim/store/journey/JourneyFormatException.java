package io.verbatim.store.journey;

/** A journey document that cannot be read: not JSON, not a journey map, or saved by a newer Verbatim. */
public final class JourneyFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JourneyFormatException(String message) {
        super(message);
    }
}
