package io.verbatim.app.texts;

/** Which texts the table shows, by sentiment. */
public enum SentimentFilter {
    ALL,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    CORRECTED;

    boolean accepts(TextRow row) {
        return switch (this) {
            case ALL -> true;
            case CORRECTED -> row.corrected();
            default -> row.sentiment().equals(wireName());
        };
    }

    /** The message key of its name. */
    String messageKey() {
        return "texts.filter." + wireName();
    }

    private String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
