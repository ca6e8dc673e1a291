package io.verbatim.text.enrich;

import java.util.List;
import java.util.Objects;

/**
 * What to compute for one text column of a dataset.
 *
 * @param column the text column, by key or label
 * @param sentiment whether to add sentiment and its score (the language is always added)
 * @param topics whether to add a topic per text
 * @param topicCount the number of topics, or 0 to choose it automatically
 * @param seed the seed of topic discovery, so a rerun gives the same topics
 * @param brand where the brand of each text is named, for the sentiment toward the brand; {@link Brand#NONE} for none
 */
public record EnrichmentRequest(
        String column, boolean sentiment, boolean topics, int topicCount, long seed, Brand brand) {

    /**
     * The brand whose sentiment is wanted: fixed names (a brand and its aliases, e.g. {@code Озон, Ozon}) or a column
     * naming each row's brand (mention exports carry one). Either may be empty.
     */
    public record Brand(List<String> names, String column) {

        /** No brand sentiment. */
        public static final Brand NONE = new Brand(List.of(), null);

        public Brand {
            names = List.copyOf(names);
        }

        boolean wanted() {
            return !names.isEmpty() || column != null;
        }
    }

    /** The seed used unless the analyst asks for another. */
    public static final long DEFAULT_SEED = 7L;

    public EnrichmentRequest {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(brand, "brand");
        if (topicCount < 0) {
            throw new IllegalArgumentException("the number of topics cannot be negative: " + topicCount);
        }
    }

    /** Language and sentiment of a column, no topics. */
    public static EnrichmentRequest sentimentOf(String column) {
        return new EnrichmentRequest(column, true, false, 0, DEFAULT_SEED, Brand.NONE);
    }

    /** The keys the derived columns of a source column get: {@code comment_language}, {@code comment_sentiment}, .... */
    public static String derivedKey(String sourceKey, String suffix) {
        return sourceKey + "_" + suffix;
    }
}
