package io.verbatim.text.sentiment.data;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written customer-service sentences ({@code seed-ru.txt}, {@code seed-en.txt}, our own, shipped as resources):
 * about fifty per language, positive, neutral and negative, in the vocabulary of tickets, surveys and app reviews that
 * the permissive training sets (news and blogs, clothing reviews) lack. They join the training data of the shipped
 * models and are part of the anchor sample a workspace model is retrained on.
 */
public final class SeedSentences {

    private SeedSentences() {}

    /** The seed sentences of a language; none for OTHER. */
    public static List<LabeledText> of(TextLanguage language) {
        if (language == TextLanguage.OTHER) {
            return List.of();
        }
        String name = "/io/verbatim/text/sentiment/seed-" + language.wireName() + ".txt";
        try (InputStream in = SeedSentences.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<LabeledText> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                SentimentLabel label = SentimentLabel.fromWire(line.substring(0, tab));
                rows.add(new LabeledText(line.substring(tab + 1).strip(), label, language));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
