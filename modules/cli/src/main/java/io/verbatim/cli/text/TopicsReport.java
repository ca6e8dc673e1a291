package io.verbatim.cli.text;

import io.verbatim.text.topic.Topic;
import io.verbatim.text.topic.TopicCountChooser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code text topics} prints: the topics with size and top terms, how k was chosen, and the optional trend and
 * sentiment tables; as text for a person or as JSON for a script.
 *
 * @param texts how many texts were read
 * @param topics the topics
 * @param choice how k was chosen (null when given or when a taxonomy was applied)
 * @param trends topic × period (null without a date column)
 * @param sentiment topic × sentiment (null without a sentiment column)
 */
record TopicsReport(
        int texts, List<Topic> topics, TopicCountChooser.Choice choice, TopicTrends trends, TopicSentiment sentiment) {

    String text() {
        StringBuilder b = new StringBuilder();
        long real = topics.stream().filter(t -> t.id() != 0).count();
        b.append(String.format(Locale.ROOT, "%d texts, %d topics", texts, real));
        if (choice != null) {
            b.append(" (k chosen by stability among ")
                    .append(choice.candidates().size())
                    .append(" candidates)");
        }
        b.append(System.lineSeparator());
        for (Topic t : topics) {
            b.append(String.format(
                    Locale.ROOT,
                    "%4d  %6d  %-40s  %s%n",
                    t.id(),
                    t.size(),
                    t.label(),
                    String.join(", ", t.topTerms())));
            if (!t.topPhrases().isEmpty()) {
                b.append(String.format(Locale.ROOT, "%14s%s%n", "", "phrases: " + String.join(", ", t.topPhrases())));
            }
        }
        if (trends != null) {
            b.append(System.lineSeparator())
                    .append("Topic trends by ")
                    .append(trends.period().wireName());
            b.append(" (texts, and share of the period's texts)").append(System.lineSeparator());
            b.append(String.format(Locale.ROOT, "%6s", "topic"));
            trends.periods().forEach(p -> b.append(String.format(Locale.ROOT, " %16s", p)));
            b.append(System.lineSeparator());
            for (TopicTrends.Row row : trends.rows()) {
                b.append(String.format(Locale.ROOT, "%6d", row.topicId()));
                for (int p = 0; p < row.counts().size(); p++) {
                    b.append(String.format(
                            Locale.ROOT,
                            " %8d (%4.1f%%)",
                            row.counts().get(p),
                            100 * row.shares().get(p)));
                }
                b.append(System.lineSeparator());
            }
        }
        if (sentiment != null) {
            b.append(System.lineSeparator()).append("Topic × sentiment (net = 100 × (positive − negative) / rated)");
            b.append(System.lineSeparator());
            b.append(String.format(
                    Locale.ROOT,
                    "%6s %9s %9s %9s %9s %7s%n",
                    "topic",
                    "positive",
                    "neutral",
                    "negative",
                    "unknown",
                    "net"));
            for (TopicSentiment.Row r : sentiment.rows()) {
                b.append(String.format(
                        Locale.ROOT,
                        "%6d %9d %9d %9d %9d %7s%n",
                        r.topicId(),
                        r.positive(),
                        r.neutral(),
                        r.negative(),
                        r.unknown(),
                        r.net() == null ? "-" : String.format(Locale.ROOT, "%+.1f", r.net())));
            }
        }
        return b.toString();
    }

    Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("texts", texts);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Topic t : topics) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topic_id", t.id());
            m.put("label", t.label());
            m.put("size", t.size());
            m.put("top_terms", t.topTerms());
            m.put("top_stems", t.topStems());
            m.put("top_phrases", t.topPhrases());
            list.add(m);
        }
        root.put("topics", list);
        if (choice != null) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("chosen", choice.k());
            k.put("method", "stability");
            k.put("candidates", choice.candidates());
            root.put("k", k);
        }
        if (trends != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("period", trends.period().wireName());
            m.put("periods", trends.periods());
            m.put("rows", trends.rows());
            root.put("trends", m);
        }
        if (sentiment != null) {
            root.put("sentiment", sentiment.rows());
        }
        return root;
    }
}
