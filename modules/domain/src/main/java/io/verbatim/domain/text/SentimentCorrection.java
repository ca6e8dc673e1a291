package io.verbatim.domain.text;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An analyst's verdict on the sentiment of one text, kept in the workspace: the same text gets this label wherever it
 * appears, and the corrections together retrain the workspace's own model on request ("teach it"), so a team's own
 * vocabulary wins over the shipped model's.
 *
 * @param text the text as it appears in the data (surrounding white space stripped)
 * @param language {@code ru}, {@code en} or {@code other}
 * @param label {@code positive}, {@code neutral} or {@code negative}
 * @param dataset the dataset the analyst was looking at, or blank
 * @param correctedAt when the analyst said so
 */
public record SentimentCorrection(String text, String language, String label, String dataset, Instant correctedAt) {

    /** The labels a correction may carry, as {@code text sentiment} writes them. */
    public static final Set<String> LABELS = Set.of("positive", "neutral", "negative");

    public SentimentCorrection {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(correctedAt, "correctedAt");
        text = text.strip();
        dataset = dataset == null ? "" : dataset;
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a correction needs the text it corrects");
        }
        if (!LABELS.contains(label)) {
            throw new IllegalArgumentException("unknown sentiment '" + label + "'; use positive, neutral or negative");
        }
    }
}
