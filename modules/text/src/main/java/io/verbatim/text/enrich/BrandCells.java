package io.verbatim.text.enrich;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DerivedColumn;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.Sentiment;
import io.verbatim.text.sentiment.SentimentClassifier;
import io.verbatim.text.sentiment.brand.BrandSentiment;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentiment toward a brand in each text (ADR 0028's {@link BrandSentiment}): only the sentences and clauses that
 * name it count, so "Доставка ужасная, но Озон вернул деньги быстро" is positive about Озон. The brand is fixed, or read
 * per row from a column (a mention export's {@code brand}); a text that does not name its brand gets a blank cell.
 */
final class BrandCells {

    private final EnrichmentRequest.Brand brand;
    private final String[] brandOfRow;
    private final Map<String, BrandSentiment> byName = new HashMap<>();
    final String[] label;
    final String[] score;

    BrandCells(DatasetRepository repository, Dataset dataset, EnrichmentRequest.Brand brand, int rows) {
        this.brand = brand;
        if (brand.column() != null) {
            Column column = dataset.column(brand.column())
                    .orElseThrow(() -> new IllegalArgumentException("Dataset '" + dataset.name() + "' has no brand"
                            + " column '" + brand.column() + "'; its columns are: "
                            + String.join(
                                    ", ",
                                    dataset.columns().stream().map(Column::key).toList())));
            brandOfRow = repository.readColumn(dataset, column);
        } else {
            brandOfRow = null;
        }
        label = new String[rows];
        score = new String[rows];
        Arrays.fill(label, "");
        Arrays.fill(score, "");
    }

    void classify(int row, String text, TextLanguage language, SentimentClassifier classifier) {
        BrandSentiment judge = judge(row);
        if (judge == null) {
            return;
        }
        Sentiment about = judge.of(text, language, classifier);
        if (about != null) {
            label[row] = about.label().wireName();
            score[row] = about.scoreText();
        }
    }

    List<DerivedColumn> columns(String source) {
        return List.of(
                new DerivedColumn(
                        EnrichmentRequest.derivedKey(source, "brand_sentiment"),
                        "Sentiment toward the brand in " + source,
                        ValueType.TEXT,
                        source,
                        label),
                new DerivedColumn(
                        EnrichmentRequest.derivedKey(source, "brand_sentiment_score"),
                        "Sentiment score toward the brand in " + source,
                        ValueType.NUMBER,
                        source,
                        score));
    }

    private BrandSentiment judge(int row) {
        List<String> names = brand.names();
        if (brandOfRow != null) {
            String cell = brandOfRow[row] == null ? "" : brandOfRow[row].strip();
            if (cell.isEmpty()) {
                return null;
            }
            names = List.of(cell.split("\\s*[,;|]\\s*"));
        }
        if (names.stream().noneMatch(name -> name.codePoints().anyMatch(Character::isLetterOrDigit))) {
            return null;
        }
        String key = String.join("\u0000", names);
        return byName.computeIfAbsent(key, k -> new BrandSentiment(brandNames(k)));
    }

    private static List<String> brandNames(String key) {
        return List.of(key.split("\u0000"));
    }
}
