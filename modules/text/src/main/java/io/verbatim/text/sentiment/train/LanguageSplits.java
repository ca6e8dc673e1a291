package io.verbatim.text.sentiment.train;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.data.HeldOutSplit;
import io.verbatim.text.sentiment.data.LabeledText;
import io.verbatim.text.sentiment.data.SentimentDataSets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training, development and test rows of one language, built only from the sets whose licence lets them train a
 * shipped model: CEDR for Russian (its own test file is the test; a {@link HeldOutSplit} DEV slice of its training file
 * tunes thresholds), women's clothing reviews and the Amazon and Yelp UCI files for English (held out by
 * {@link HeldOutSplit}; the UCI training rows {@link #UCI_REPEAT} times). UCI's IMDB file never trains anything: it is the English cross-domain test.
 *
 * @param train rows that fit the weights
 * @param dev rows that tune the class offsets
 * @param tests held-out rows per data set name, in report order
 */
public record LanguageSplits(
        TextLanguage language, List<LabeledText> train, List<LabeledText> dev, Map<String, List<LabeledText>> tests) {

    /**
     * How many times the UCI Amazon and Yelp training sentences are repeated: they are short, general customer reviews,
     * nearer to the tickets and survey comments Verbatim reads than the clothing reviews that outnumber them ten to one.
     */
    public static final int UCI_REPEAT = 4;

    /** The splits of a language from the shared data. */
    public static LanguageSplits of(SentimentDataSets sets, TextLanguage language) throws IOException {
        List<LabeledText> train = new ArrayList<>();
        List<LabeledText> dev = new ArrayList<>();
        Map<String, List<LabeledText>> tests = new LinkedHashMap<>();
        if (language == TextLanguage.RU) {
            for (LabeledText row : sets.cedr("train")) {
                (HeldOutSplit.of(row.text()) == HeldOutSplit.Part.DEV ? dev : train).add(row);
            }
            tests.put("ru_cedr_emotions", sets.cedr("test"));
        } else if (language == TextLanguage.EN) {
            tests.put("en_womens_clothing_reviews", split(sets.clothing(), train, dev));
            List<LabeledText> uci = new ArrayList<>(sets.uci("amazon_cells"));
            uci.addAll(sets.uci("yelp"));
            List<LabeledText> uciTrain = new ArrayList<>();
            tests.put("en_uci_labelled_sentences (amazon, yelp)", split(uci, uciTrain, dev));
            for (int copy = 0; copy < UCI_REPEAT; copy++) {
                train.addAll(uciTrain);
            }
        } else {
            throw new IllegalArgumentException("no sentiment data for " + language);
        }
        return new LanguageSplits(language, List.copyOf(train), List.copyOf(dev), tests);
    }

    private static List<LabeledText> split(List<LabeledText> rows, List<LabeledText> train, List<LabeledText> dev) {
        List<LabeledText> test = new ArrayList<>();
        for (LabeledText row : rows) {
            HeldOutSplit.Part part = HeldOutSplit.of(row.text());
            (part == HeldOutSplit.Part.TRAIN ? train : part == HeldOutSplit.Part.DEV ? dev : test).add(row);
        }
        return test;
    }
}
