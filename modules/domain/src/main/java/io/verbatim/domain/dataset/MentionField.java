package io.verbatim.domain.dataset;

import java.util.Locale;

/**
 * The canonical columns of a brand-mention dataset (YouScan, Brand24, Brandwatch, Talkwalker, Medialogia, Telegram,
 * Twitter exports). The monitoring tool's own sentiment is kept in {@link #TOOL_SENTIMENT}, never overwritten by ours.
 * Columns an export has beyond these are kept under their own names.
 */
public enum MentionField {
    ID(ValueType.TEXT),
    PUBLISHED_AT(ValueType.DATETIME),
    SOURCE(ValueType.TEXT),
    PLATFORM(ValueType.TEXT),
    AUTHOR(ValueType.TEXT),
    REACH(ValueType.NUMBER),
    ENGAGEMENT(ValueType.NUMBER),
    TEXT(ValueType.TEXT),
    URL(ValueType.TEXT),
    TOOL_SENTIMENT(ValueType.TEXT),
    BRAND(ValueType.TEXT);

    private final ValueType type;

    MentionField(ValueType type) {
        this.type = type;
    }

    /** The column key, e.g. {@code published_at}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ValueType type() {
        return type;
    }
}
