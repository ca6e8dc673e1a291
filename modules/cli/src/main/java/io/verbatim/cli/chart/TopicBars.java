package io.verbatim.cli.chart;

import io.verbatim.charts.TopicSentimentBar;
import io.verbatim.cli.UserInputException;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.text.enrich.EnrichmentRequest;
import io.verbatim.text.enrich.WorkspaceSentiment;
import io.verbatim.text.lang.LanguageDetector;
import io.verbatim.text.sentiment.SentimentClassifier;
import io.verbatim.text.sentiment.SentimentLabel;
import io.verbatim.text.topic.TopicDiscovery;
import io.verbatim.text.topic.TopicModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Topic × sentiment counts of a text column. When {@code text enrich --topics} stored the column's topic and
 * sentiment, those are used as stored (with the analyst's corrections); otherwise the topics are discovered and the
 * sentiment classified here with the text module's defaults (seed 7, the workspace's taught model if any), so the chart
 * needs no earlier step. Blank texts are left out.
 */
final class TopicBars {

    private static final List<String> TEXT_HINTS =
            List.of("comment", "text", "verbatim", "review", "feedback", "коммент", "отзыв", "текст", "мнени");

    private TopicBars() {}

    static List<TopicSentimentBar> of(ChartScope scope, Column column) {
        String[] texts = scope.repository().readColumn(scope.data(), column);
        Map<String, String> derived = scope.workspace().datasets().derivedColumns(scope.whole());
        Optional<Column> topicColumn = stored(scope, derived, column, "topic");
        Optional<Column> sentimentColumn = stored(scope, derived, column, "sentiment");
        String[] topics;
        String[] sentiments;
        if (topicColumn.isPresent() && sentimentColumn.isPresent()) {
            topics = scope.repository().readColumn(scope.data(), topicColumn.get());
            sentiments = scope.repository().readColumn(scope.data(), sentimentColumn.get());
        } else {
            topics = discoverTopics(texts);
            sentiments = classify(scope, texts);
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (int row = 0; row < texts.length; row++) {
            if (texts[row] == null || texts[row].isBlank() || topics[row] == null || topics[row].isBlank()) {
                continue;
            }
            int index = sentimentIndex(sentiments[row]);
            if (index >= 0) {
                counts.computeIfAbsent(topics[row], t -> new long[3])[index]++;
            }
        }
        List<TopicSentimentBar> bars = new ArrayList<>();
        counts.forEach((topic, c) -> bars.add(new TopicSentimentBar(topic, c[0], c[1], c[2])));
        bars.sort(Comparator.comparingLong(TopicSentimentBar::total).reversed());
        return bars;
    }

    /** The column of {@code --column}, or the dataset's first free-text column (a comment-like name first). */
    static Column column(Dataset dataset, Map<String, String> derived, String name) {
        List<Column> candidates = dataset.columns().stream()
                .filter(c -> c.type() == ValueType.TEXT && c.question() == null && !derived.containsKey(c.key()))
                .toList();
        if (name != null) {
            Column chosen = dataset.column(name)
                    .orElseThrow(() -> new UserInputException("dataset " + dataset.name() + " has no column '" + name
                            + "'; its text columns are " + keys(candidates)));
            if (chosen.type() != ValueType.TEXT) {
                throw new UserInputException("column '" + name + "' holds "
                        + chosen.type().name().toLowerCase(Locale.ROOT) + ", not text; use one of " + keys(candidates));
            }
            return chosen;
        }
        return candidates.stream()
                .filter(TopicBars::hinted)
                .findFirst()
                .or(() -> candidates.stream().findFirst())
                .orElseThrow(() ->
                        new UserInputException("dataset " + dataset.name() + " has no text column to find topics in"));
    }

    private static boolean hinted(Column column) {
        String names = (column.key() + " " + column.label()).toLowerCase(Locale.ROOT);
        return TEXT_HINTS.stream().anyMatch(names::contains);
    }

    private static String keys(List<Column> columns) {
        return columns.isEmpty()
                ? "(none)"
                : String.join(", ", columns.stream().map(Column::key).toList());
    }

    private static Optional<Column> stored(
            ChartScope scope, Map<String, String> derived, Column source, String suffix) {
        String key = EnrichmentRequest.derivedKey(source.key(), suffix);
        return derived.containsKey(key) ? scope.data().column(key) : Optional.empty();
    }

    private static String[] discoverTopics(String[] texts) {
        List<String> nonBlank = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < texts.length; row++) {
            if (texts[row] != null && !texts[row].isBlank()) {
                nonBlank.add(texts[row]);
                rows.add(row);
            }
        }
        String[] topics = new String[texts.length];
        if (nonBlank.isEmpty()) {
            return topics;
        }
        TopicModel model = new TopicDiscovery(EnrichmentRequest.DEFAULT_SEED).discover(nonBlank, 0);
        Map<Integer, String> labels = new LinkedHashMap<>();
        model.topics().forEach(t -> labels.put(t.id(), t.label()));
        for (int i = 0; i < nonBlank.size(); i++) {
            topics[rows.get(i)] = labels.getOrDefault(model.topicOf(i), TopicModel.NO_TOPIC_LABEL);
        }
        return topics;
    }

    private static String[] classify(ChartScope scope, String[] texts) {
        SentimentClassifier classifier =
                WorkspaceSentiment.load(scope.workspace().directory());
        LanguageDetector detector = new LanguageDetector();
        String[] labels = new String[texts.length];
        for (int row = 0; row < texts.length; row++) {
            String text = texts[row];
            if (text != null && !text.isBlank()) {
                labels[row] =
                        classifier.classify(text, detector.detect(text)).label().wireName();
            }
        }
        return labels;
    }

    /** 0 positive, 1 neutral, 2 negative (the chart's order), −1 for a cell that is none of them. */
    static int sentimentIndex(String cell) {
        if (cell == null || cell.isBlank()) {
            return -1;
        }
        try {
            return switch (SentimentLabel.fromWire(cell)) {
                case POSITIVE -> 0;
                case NEUTRAL -> 1;
                case NEGATIVE -> 2;
            };
        } catch (IllegalArgumentException unknown) {
            return -1;
        }
    }
}
