package io.verbatim.app.texts;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.CorrectionRepository;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.text.SentimentCorrection;
import io.verbatim.text.enrich.EnrichmentRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the texts view shows, inside a job: which columns hold free text, and the rows of one of them with the
 * language, sentiment and topic enrichment stored beside it and the workspace's corrections.
 */
final class TextTable {

    /** Texts kept in memory for the table; a larger dataset shows its first ones and says so. */
    static final int LOADED_LIMIT = 100_000;

    private static final List<String> TEXT_HINTS =
            List.of("comment", "коммент", "text", "текст", "feedback", "отзыв", "verbatim", "description", "описан");

    private TextTable() {}

    /** A dataset's free-text columns (text, not a rating question, not derived), the likeliest comment first. */
    static List<String> textColumns(DatasetRepository repository, Dataset dataset) {
        Map<String, String> derived = repository.derivedColumns(dataset);
        List<String> keys = new ArrayList<>();
        for (Column column : dataset.columns()) {
            if (column.type() == ValueType.TEXT && column.question() == null && !derived.containsKey(column.key())) {
                keys.add(column.key());
            }
        }
        keys.sort((a, b) -> Boolean.compare(!hinted(dataset, a), !hinted(dataset, b)));
        return keys;
    }

    /** The texts of a column, with their enrichment and corrections. */
    static Loaded load(
            DatasetRepository repository,
            CorrectionRepository corrections,
            Dataset dataset,
            String key,
            JobContext job) {
        Column column = dataset.column(key).orElseThrow();
        String[] texts = repository.readColumn(dataset, column);
        String[] language = derived(repository, dataset, key, "language");
        String[] sentiment = derived(repository, dataset, key, "sentiment");
        String[] score = derived(repository, dataset, key, "sentiment_score");
        String[] topic = derived(repository, dataset, key, "topic");
        Map<String, String> corrected = new HashMap<>();
        if (corrections != null) {
            for (SentimentCorrection c : corrections.corrections()) {
                corrected.put(c.text(), c.label());
            }
        }
        List<TextRow> rows = new ArrayList<>();
        int nonBlank = 0;
        for (int row = 0; row < texts.length; row++) {
            String text = texts[row] == null ? "" : texts[row].strip();
            if (text.isEmpty()) {
                continue;
            }
            nonBlank++;
            if (rows.size() < LOADED_LIMIT) {
                String label = corrected.get(text);
                rows.add(new TextRow(
                        row,
                        text,
                        cell(language, row),
                        label != null ? label : cell(sentiment, row),
                        cell(score, row),
                        cell(topic, row),
                        label != null));
            }
            if (row % 10_000 == 0) {
                job.checkCancelled();
            }
        }
        return new Loaded(rows, nonBlank, sentiment != null);
    }

    /** Loaded texts: the rows kept, how many non-blank texts the column has, and whether it was analysed. */
    record Loaded(List<TextRow> rows, int texts, boolean analysed) {}

    private static String[] derived(DatasetRepository repository, Dataset dataset, String key, String suffix) {
        Optional<Column> column = dataset.column(EnrichmentRequest.derivedKey(key, suffix));
        return column.map(c -> repository.readColumn(dataset, c)).orElse(null);
    }

    private static String cell(String[] cells, int row) {
        return cells == null || cells[row] == null ? "" : cells[row];
    }

    private static boolean hinted(Dataset dataset, String key) {
        Column column = dataset.column(key).orElseThrow();
        String names = (column.key() + " " + column.label()).toLowerCase(Locale.ROOT);
        return TEXT_HINTS.stream().anyMatch(names::contains);
    }
}
