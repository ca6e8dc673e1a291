package io.verbatim.text.sentiment.teach;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.SentimentLabel;
import io.verbatim.text.sentiment.SentimentModels;
import io.verbatim.text.sentiment.data.LabeledText;
import io.verbatim.text.sentiment.data.SeedSentences;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts a workspace model is retrained on besides the analyst's corrections, shipped beside the models as
 * {@code sentiment-anchors-ru.tsv} and {@code sentiment-anchors-en.tsv}: an evenly spaced sample of each language's
 * training split (CEDR, Apache-2.0; women's clothing reviews, CC0, and UCI Amazon/Yelp, CC BY 4.0; attribution in
 * MODELS.md), never its test part, plus our {@link SeedSentences}. One row a line: label, a tab, the text (tabs and
 * line breaks in it turned into spaces).
 */
public final class AnchorSample {

    /** Texts per language in the shipped sample. */
    public static final int SIZE = 1_500;

    private AnchorSample() {}

    /** The file name of a language's anchors. */
    public static String fileName(TextLanguage language) {
        return "sentiment-anchors-" + language.wireName() + ".tsv";
    }

    /** The shipped anchors of a language and the seed sentences. */
    public static List<LabeledText> of(TextLanguage language) {
        List<LabeledText> rows = new ArrayList<>();
        String resource = SentimentModels.CLASSPATH_FOLDER + fileName(language);
        try (InputStream in = AnchorSample.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        resource + " is not on the class path: rebuild with 'text train-sentiment'");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    rows.add(new LabeledText(
                            line.substring(tab + 1), SentimentLabel.fromWire(line.substring(0, tab)), language));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        rows.addAll(SeedSentences.of(language));
        return rows;
    }

    /** Writes an evenly spaced sample of {@link #SIZE} training rows (all of them when fewer). */
    public static void write(List<LabeledText> training, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int n = Math.min(SIZE, training.size());
            for (int i = 0; i < n; i++) {
                LabeledText row = training.get((int) ((long) i * training.size() / n));
                String text = row.text().replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
                out.write(row.label().wireName() + "\t" + text + "\n");
            }
        }
    }
}
