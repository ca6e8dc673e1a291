package io.verbatim.text.sentiment;

import java.util.Locale;

/** The three sentiment classes, in the order the models score them; {@link #index()} is that position. */
public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    /** The position of this class in a model's output (0 negative, 1 neutral, 2 positive). */
    public int index() {
        return ordinal();
    }

    /** {@code negative}, {@code neutral} or {@code positive}, as the {@code sentiment} column writes it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The class at a model output position. */
    public static SentimentLabel ofIndex(int index) {
        return values()[index];
    }

    /**
     * The label of a wire name, any case.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static SentimentLabel fromWire(String name) {
        for (SentimentLabel label : values()) {
            if (label.wireName().equalsIgnoreCase(name.strip())) {
                return label;
            }
        }
        throw new IllegalArgumentException("unknown sentiment '" + name + "'; use positive, neutral or negative");
    }
}
