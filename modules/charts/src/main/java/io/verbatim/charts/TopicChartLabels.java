package io.verbatim.charts;

import java.util.Locale;
import java.util.Objects;

/**
 * The words of the topic × sentiment chart, translated by the caller.
 *
 * @param title the chart's title, or empty for none
 * @param topicAxis the title of the axis with topics
 * @param countAxis the title of the axis with counts of texts
 * @param positive legend text of positive texts
 * @param neutral legend text of neutral texts
 * @param negative legend text of negative texts
 * @param locale number formatting
 */
public record TopicChartLabels(
        String title,
        String topicAxis,
        String countAxis,
        String positive,
        String neutral,
        String negative,
        Locale locale) {
    public TopicChartLabels {
        title = title == null ? "" : title;
        Objects.requireNonNull(topicAxis, "topicAxis");
        Objects.requireNonNull(countAxis, "countAxis");
        Objects.requireNonNull(positive, "positive");
        Objects.requireNonNull(neutral, "neutral");
        Objects.requireNonNull(negative, "negative");
        Objects.requireNonNull(locale, "locale");
    }
}
