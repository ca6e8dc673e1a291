package io.verbatim.charts;

import java.util.Objects;

/**
 * One topic's texts split by sentiment, for the topic × sentiment chart.
 *
 * @param topic the topic's label, e.g. "доставка, курьер, опоздал"
 * @param positive texts read as positive
 * @param neutral texts read as neutral
 * @param negative texts read as negative
 */
public record TopicSentimentBar(String topic, long positive, long neutral, long negative) {
    public TopicSentimentBar {
        Objects.requireNonNull(topic, "topic");
        if (positive < 0 || neutral < 0 || negative < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public long total() {
        return positive + neutral + negative;
    }

    /** Net sentiment, 100 × (positive − negative) / total, from −100 to +100; 0 for a topic without texts. */
    public double net() {
        return total() == 0 ? 0 : 100.0 * (positive - negative) / total();
    }
}
