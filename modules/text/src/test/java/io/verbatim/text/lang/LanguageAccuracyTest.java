package io.verbatim.text.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accuracy of {@link LanguageDetector} on the labelled text sets of {@code ../shared/data/text}: every non-blank text
 * of a Russian set must come out {@code ru}, of an English set {@code en}. The figures printed here are the ones in
 * MODELS.md. Skipped when the shared data is absent.
 */
class LanguageAccuracyTest {

    private static final Path TEXT = Path.of(System.getProperty("verbatim.shared.data", "../shared/data"), "text");

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sentiment/ru_rusentiment_train/rusentiment_random_posts.csv | text | RU | 0.97",
                "sentiment/ru_rusentiment_train/rusentiment_preselected_posts.csv | text | RU | 0.97",
                "sentiment/ru_rusentitweet_train/rusentitweet_train.csv | text | RU | 0.97",
                "sentiment/ru_cedr_emotions/cedr-main-train.csv | text | RU | 0.97",
                "sentiment/en_womens_clothing_reviews/reviews.csv | Review Text | EN | 0.99",
                "sentiment/en_uci_labelled_sentences/amazon_cells_labelled.txt | 0 | EN | 0.99",
                "sentiment/en_uci_labelled_sentences/imdb_labelled.txt | 0 | EN | 0.99",
                "sentiment/en_uci_labelled_sentences/yelp_labelled.txt | 0 | EN | 0.99",
                "topics/en_banking77_train/train.csv | text | EN | 0.99",
                "topics/en_cfpb_complaints/complaints_sample.csv | Consumer complaint narrative | EN | 0.99"
            })
    void labelledSetComesOutInItsLanguage(String file, String column, TextLanguage expected, double atLeast)
            throws IOException {
        Path path = TEXT.resolve(file);
        assumeTrue(Files.isRegularFile(path), path + " is absent (../shared/data not on this machine): skipped");
        List<String> texts = column.equals("0") ? tabSeparatedFirstColumn(path) : csvColumn(path, column);
        assertThat(texts).isNotEmpty();
        long start = System.nanoTime();
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (String text : texts) {
            TextLanguage language = detector.detect(text);
            if (language == expected) {
                right++;
            } else if (wrong.size() < 15) {
                wrong.add(language + ": "
                        + text.substring(0, Math.min(120, text.length())).replace('\n', ' '));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double accuracy = (double) right / texts.size();
        System.out.printf(
                Locale.ROOT,
                "language accuracy %s: %.4f (%d/%d), %.0f texts/s%n  misses e.g. %s%n",
                file,
                accuracy,
                right,
                texts.size(),
                texts.size() / seconds,
                String.join("\n  ", wrong));
        assertThat(accuracy).as("accuracy on %s", file).isGreaterThanOrEqualTo(atLeast);
    }

    private static List<String> csvColumn(Path path, String column) throws IOException {
        List<String> texts = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofNamedCsvRecord(path)) {
            for (NamedCsvRecord row : reader) {
                String text = row.findField(column).orElse("");
                if (!text.isBlank()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    private static List<String> tabSeparatedFirstColumn(Path path) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            String text = tab < 0 ? line : line.substring(0, tab);
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }
}
