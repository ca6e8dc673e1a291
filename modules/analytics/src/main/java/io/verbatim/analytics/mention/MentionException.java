package io.verbatim.analytics.mention;

/** A mention metric that cannot honestly be computed (no date column, no brands, ...); the message says what to do. */
public class MentionException extends RuntimeException {

    public MentionException(String message) {
        super(message);
    }
}
