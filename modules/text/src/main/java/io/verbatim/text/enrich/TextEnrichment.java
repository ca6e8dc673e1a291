package io.verbatim.text.enrich;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DerivedColumn;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.text.SentimentCorrection;
import io.verbatim.text.lang.LanguageDetector;
import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.Sentiment;
import io.verbatim.text.sentiment.SentimentClassifier;
import io.verbatim.text.sentiment.SentimentLabel;
import io.verbatim.text.topic.TopicDiscovery;
import io.verbatim.text.topic.TopicModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text enrichment (ARCHITECTURE.md, "Data flow"): reads one text column of a workspace dataset, works out each
 * text's language, sentiment and topic, and stores them as derived columns beside it ({@code comment_language},
 * {@code comment_sentiment}, {@code comment_sentiment_score}, {@code comment_topic}), so scores, filters and charts
 * use them like any imported column: {@code score --by comment_sentiment}. An analyst's correction of a text wins over
 * the model. Nothing is stored unless every text was done; a cancelled run leaves the dataset as it was.
 */
public final class TextEnrichment {

    private static final int REPORT_EVERY = 2_000;
    /** Texts up to this length are remembered, as short answers repeat ("нет", "всё хорошо"). */
    private static final int REMEMBERED_LENGTH = 80;

    private final LanguageDetector detector;
    private final SentimentClassifier classifier;

    public TextEnrichment(LanguageDetector detector, SentimentClassifier classifier) {
        this.detector = detector;
        this.classifier = classifier;
    }

    /**
     * Enriches a column and stores the result.
     *
     * @param corrections the workspace's sentiment corrections, matched by text
     * @throws IllegalArgumentException when the column does not exist (the message lists the columns)
     */
    public EnrichmentResult enrich(
            DatasetRepository repository,
            Dataset dataset,
            EnrichmentRequest request,
            List<SentimentCorrection> corrections,
            JobContext job) {
        Column column = column(dataset, request.column());
        String[] texts = repository.readColumn(dataset, column);
        Map<String, String> corrected = new HashMap<>();
        corrections.forEach(c -> corrected.put(c.text(), c.label()));
        Cells cells = new Cells(texts.length, request.sentiment());
        BrandCells brand = request.sentiment() && request.brand().wanted()
                ? new BrandCells(repository, dataset, request.brand(), texts.length)
                : null;
        long done = 0;
        Map<String, Integer> remembered = new HashMap<>();
        for (int row = 0; row < texts.length; row++) {
            String text = texts[row] == null ? "" : texts[row].strip();
            if (!text.isEmpty()) {
                Integer earlier = text.length() <= REMEMBERED_LENGTH ? remembered.putIfAbsent(text, row) : null;
                if (earlier != null) {
                    cells.copy(earlier, row);
                } else {
                    classify(text, request.sentiment(), corrected, cells, row);
                }
                if (brand != null) {
                    brand.classify(row, text, TextLanguage.fromWire(cells.language[row]), classifier);
                }
                done++;
            }
            if (row % REPORT_EVERY == 0) {
                job.checkCancelled();
                if (job.reportsProgress()) {
                    job.progress(row, texts.length, "Reading texts of '" + column.key() + "'");
                }
            }
        }
        List<DerivedColumn> derived = new ArrayList<>(cells.columns(column.key()));
        if (brand != null) {
            derived.addAll(brand.columns(column.key()));
        }
        List<io.verbatim.text.topic.Topic> topics = List.of();
        if (request.topics()) {
            job.progress(texts.length, texts.length, "Finding topics in '" + column.key() + "'");
            TopicModel model = new TopicDiscovery(request.seed()).discover(List.of(texts), request.topicCount());
            job.checkCancelled();
            topics = model.topics();
            derived.add(topicColumn(column.key(), model, texts));
        }
        job.checkCancelled();
        Dataset stored = repository.putDerivedColumns(dataset, derived);
        return new EnrichmentResult(
                stored,
                derived.stream().map(DerivedColumn::key).toList(),
                done,
                cells.count(cells.language, texts),
                request.sentiment() ? cells.count(cells.sentiment, texts) : Map.of(),
                cells.corrected,
                topics);
    }

    private void classify(String text, boolean sentiment, Map<String, String> corrected, Cells cells, int row) {
        TextLanguage language = detector.detect(text);
        cells.language[row] = language.wireName();
        if (!sentiment) {
            return;
        }
        String correction = corrected.get(text);
        if (correction != null) {
            cells.sentiment[row] = correction;
            cells.score[row] =
                    Sentiment.certain(SentimentLabel.fromWire(correction)).scoreText();
            cells.corrected++;
            return;
        }
        Sentiment found = classifier.classify(text, language);
        cells.sentiment[row] = found.label().wireName();
        cells.score[row] = found.scoreText();
    }

    private static DerivedColumn topicColumn(String source, TopicModel model, String[] texts) {
        Map<Integer, String> labels = new HashMap<>();
        model.topics().forEach(topic -> labels.put(topic.id(), topic.label()));
        String[] cells = new String[texts.length];
        for (int row = 0; row < texts.length; row++) {
            boolean blank = texts[row] == null || texts[row].isBlank();
            cells[row] = blank ? "" : labels.getOrDefault(model.topicOf(row), TopicModel.NO_TOPIC_LABEL);
        }
        return new DerivedColumn(
                EnrichmentRequest.derivedKey(source, "topic"), "Topic of " + source, ValueType.TEXT, source, cells);
    }

    private static Column column(Dataset dataset, String name) {
        return dataset.column(name)
                .orElseThrow(() -> new IllegalArgumentException("Dataset '" + dataset.name() + "' has no column '"
                        + name
                        + "'; its columns are: "
                        + String.join(
                                ", ",
                                dataset.columns().stream().map(Column::key).toList())));
    }

    /** The cells of the derived columns, one array per column. */
    private static final class Cells {
        final String[] language;
        final String[] sentiment;
        final String[] score;
        long corrected;

        Cells(int rows, boolean withSentiment) {
            language = new String[rows];
            sentiment = withSentiment ? new String[rows] : null;
            score = withSentiment ? new String[rows] : null;
        }

        void copy(int from, int to) {
            language[to] = language[from];
            if (sentiment != null) {
                sentiment[to] = sentiment[from];
                score[to] = score[from];
            }
        }

        List<DerivedColumn> columns(String source) {
            List<DerivedColumn> columns = new ArrayList<>();
            columns.add(derived(source, "language", "Language of ", ValueType.TEXT, language));
            if (sentiment != null) {
                columns.add(derived(source, "sentiment", "Sentiment of ", ValueType.TEXT, sentiment));
                columns.add(derived(source, "sentiment_score", "Sentiment score of ", ValueType.NUMBER, score));
            }
            return columns;
        }

        Map<String, Long> count(String[] values, String[] texts) {
            Map<String, Long> counts = new TreeMap<>();
            for (int row = 0; row < values.length; row++) {
                if (values[row] != null && texts[row] != null && !texts[row].isBlank()) {
                    counts.merge(values[row], 1L, Long::sum);
                }
            }
            return counts;
        }

        private static DerivedColumn derived(
                String source, String suffix, String label, ValueType type, String[] cells) {
            return new DerivedColumn(EnrichmentRequest.derivedKey(source, suffix), label + source, type, source, cells);
        }
    }
}
