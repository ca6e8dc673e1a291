package io.verbatim.text.sentiment.teach;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.verbatim.text.lang.LanguageDetector;
import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.SentimentLabel;
import io.verbatim.text.sentiment.data.LabeledText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An analyst's corrections: texts with the sentiment the team says they have, in its own vocabulary ("фича" is bad
 * news in their product). Kept as a plain CSV ({@code text,label[,language]}, UTF-8) so a workspace can save, share
 * and review them; the app's correction UI writes the same rows.
 */
public final class CorrectionSet {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    private final List<LabeledText> corrections;

    public CorrectionSet(List<LabeledText> corrections) {
        this.corrections = List.copyOf(corrections);
    }

    /** The corrections of one language. */
    public List<LabeledText> of(TextLanguage language) {
        return corrections.stream().filter(c -> c.language() == language).toList();
    }

    public List<LabeledText> all() {
        return corrections;
    }

    public int size() {
        return corrections.size();
    }

    /**
     * Reads a corrections CSV: a header with {@code text} and {@code label} (positive, neutral, negative), optionally
     * {@code language} (ru, en); without it, or when blank, the {@link LanguageDetector} decides, and a text it calls
     * "other" goes by its script (mostly Cyrillic letters Russian, else English).
     *
     * @throws CorrectionException naming the file, line and what to fix
     */
    public static CorrectionSet read(Path file) {
        List<LabeledText> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv =
                CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : csv) {
                rows.add(row(file, record));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CorrectionException(file + ": cannot read corrections (" + e.getMessage() + ")");
        } catch (CsvParseException e) {
            throw new CorrectionException(file + ": not a readable CSV (" + e.getMessage() + ")");
        }
        if (rows.isEmpty()) {
            throw new CorrectionException(file + ": no corrections; expected a header text,label[,language] and rows");
        }
        return new CorrectionSet(rows);
    }

    private static LabeledText row(Path file, NamedCsvRecord record) {
        String where = file + ":" + record.getStartingLineNumber() + ": ";
        String text = record.findField("text").orElse(null);
        String label = record.findField("label").orElse(null);
        if (text == null || label == null) {
            throw new CorrectionException(
                    where + "columns text and label are required; found " + String.join(", ", record.getHeader()));
        }
        if (text.isBlank()) {
            throw new CorrectionException(where + "the text is empty");
        }
        SentimentLabel sentiment;
        try {
            sentiment = SentimentLabel.fromWire(label);
        } catch (IllegalArgumentException e) {
            throw new CorrectionException(where + e.getMessage());
        }
        String language = Objects.requireNonNullElse(
                        record.findField("language").orElse(null), "")
                .strip();
        TextLanguage lang;
        if (language.isEmpty()) {
            TextLanguage detected = DETECTOR.detect(text);
            TextLanguage byScript = detected == TextLanguage.OTHER ? ModelSentimentClassifier.byScript(text) : detected;
            lang = byScript == TextLanguage.RU ? TextLanguage.RU : TextLanguage.EN;
        } else if (language.equalsIgnoreCase("ru") || language.equalsIgnoreCase("en")) {
            lang = TextLanguage.fromWire(language);
        } else {
            throw new CorrectionException(where + "language must be ru or en, not '" + language + "'");
        }
        return new LabeledText(text.strip(), sentiment, lang);
    }
}
