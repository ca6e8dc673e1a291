package io.verbatim.text.sentiment.data;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.SentimentLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers for the five sentiment sets in {@code ../shared/data/text/sentiment}, each normalised to three classes. The
 * root given is the {@code text} folder (the one holding {@code sentiment/}).
 *
 * <ul>
 *   <li>Women's clothing reviews (CC0): title and text joined; 1-2 stars negative, 3 neutral, 4-5 positive.
 *   <li>UCI labelled sentences (CC BY 4.0): 0 negative, 1 positive; lines split on {@code \n} only.
 *   <li>CEDR (Apache-2.0): see {@link CedrLabels}.
 *   <li>RuSentiment and RuSentiTweet (validation only): positive, negative, neutral; {@code speech} (greetings,
 *       thanks as a formula) and {@code skip} (unreadable) are left out.
 * </ul>
 */
public final class SentimentDataSets {

    private final Path root;

    public SentimentDataSets(Path textRoot) {
        this.root = textRoot.resolve("sentiment");
    }

    /** True when the sentiment folder exists (the shared data is beside the checkout). */
    public boolean present() {
        return Files.isDirectory(root);
    }

    public List<LabeledText> clothing() throws IOException {
        List<LabeledText> rows = new ArrayList<>();
        for (NamedCsvRecord row : named(root.resolve("en_womens_clothing_reviews/reviews.csv"))) {
            String title = row.getField("Title").strip();
            String review = row.getField("Review Text").strip();
            String text = title.isEmpty() ? review : review.isEmpty() ? title : title + ". " + review;
            if (text.isEmpty()) {
                continue;
            }
            int stars = Integer.parseInt(row.getField("Rating").strip());
            SentimentLabel label = stars <= 2
                    ? SentimentLabel.NEGATIVE
                    : stars == 3 ? SentimentLabel.NEUTRAL : SentimentLabel.POSITIVE;
            rows.add(new LabeledText(text, label, TextLanguage.EN));
        }
        return rows;
    }

    /** One UCI file: {@code amazon_cells}, {@code yelp} or {@code imdb}. */
    public List<LabeledText> uci(String source) throws IOException {
        Path file = root.resolve("en_uci_labelled_sentences/" + source + "_labelled.txt");
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<LabeledText> rows = new ArrayList<>();
        for (String line : content.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                continue;
            }
            String text = line.substring(0, tab).strip();
            String label = line.substring(tab + 1).strip();
            if (!text.isEmpty()) {
                rows.add(new LabeledText(
                        text, label.equals("1") ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE, TextLanguage.EN));
            }
        }
        return rows;
    }

    /** CEDR's {@code train} or {@code test} file, rows whose emotions give no clear sentiment left out. */
    public List<LabeledText> cedr(String part) throws IOException {
        List<LabeledText> rows = new ArrayList<>();
        for (NamedCsvRecord row : named(root.resolve("ru_cedr_emotions/cedr-main-" + part + ".csv"))) {
            SentimentLabel label = CedrLabels.sentiment(row.getField("labels"));
            if (label != null) {
                rows.add(new LabeledText(row.getField("text").strip(), label, TextLanguage.RU));
            }
        }
        return rows;
    }

    /** RuSentiment: the random and the preselected posts (validation only, CC BY-NC-SA). */
    public List<LabeledText> ruSentiment() throws IOException {
        List<LabeledText> rows = new ArrayList<>();
        rows.addAll(threeClass(root.resolve("ru_rusentiment_train/rusentiment_random_posts.csv")));
        rows.addAll(threeClass(root.resolve("ru_rusentiment_train/rusentiment_preselected_posts.csv")));
        return rows;
    }

    /** RuSentiTweet's training file (validation only, no licence stated). */
    public List<LabeledText> ruSentiTweet() throws IOException {
        return threeClass(root.resolve("ru_rusentitweet_train/rusentitweet_train.csv"));
    }

    private List<LabeledText> threeClass(Path file) throws IOException {
        List<LabeledText> rows = new ArrayList<>();
        for (NamedCsvRecord row : named(file)) {
            SentimentLabel label =
                    switch (row.getField("label").strip()) {
                        case "positive" -> SentimentLabel.POSITIVE;
                        case "negative" -> SentimentLabel.NEGATIVE;
                        case "neutral" -> SentimentLabel.NEUTRAL;
                        default -> null;
                    };
            String text = row.getField("text").strip();
            if (label != null && !text.isEmpty()) {
                rows.add(new LabeledText(text, label, TextLanguage.RU));
            }
        }
        return rows;
    }

    private static List<NamedCsvRecord> named(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> csv =
                CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            return csv.stream().toList();
        }
    }
}
