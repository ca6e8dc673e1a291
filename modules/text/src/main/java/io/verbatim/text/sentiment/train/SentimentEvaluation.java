package io.verbatim.text.sentiment.train;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.SentimentClassifier;
import io.verbatim.text.sentiment.SentimentLabel;
import io.verbatim.text.sentiment.data.LabeledText;
import io.verbatim.text.sentiment.data.SentimentDataSets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a sentiment classifier per data set against a {@link TfIdfBaseline} trained on the same training split (with
 * the same trainer settings as the language's shipped model):
 * in-domain rows on the held-out part of each training set, then the cross-domain rows (the Russian model on the whole
 * of RuSentiment and RuSentiTweet, which may not train a shipped model; the English model on UCI's IMDB file, held out
 * of training entirely).
 */
public final class SentimentEvaluation {

    private final SentimentDataSets sets;

    public SentimentEvaluation(SentimentDataSets sets) {
        this.sets = sets;
    }

    /**
     * The report rows for a classifier.
     *
     * @param limit at most this many rows of each test set (evenly spaced), or 0 for all
     */
    public List<EvaluationRow> evaluate(SentimentClassifier classifier, int limit) throws IOException {
        List<EvaluationRow> rows = new ArrayList<>();
        for (TextLanguage language : List.of(TextLanguage.RU, TextLanguage.EN)) {
            LanguageSplits splits = LanguageSplits.of(sets, language);
            TfIdfBaseline baseline = TfIdfBaseline.train(splits.train(), ShippedTraining.trainer(language));
            for (Map.Entry<String, List<LabeledText>> test : splits.tests().entrySet()) {
                String split = language == TextLanguage.RU ? "CEDR's own test file" : "held-out fifth (text hash)";
                rows.add(row(test.getKey(), split, sample(test.getValue(), limit), classifier, baseline, false));
            }
            for (Map.Entry<String, List<LabeledText>> test :
                    crossDomain(language).entrySet()) {
                rows.add(row(
                        test.getKey(),
                        "whole file, never trained on",
                        sample(test.getValue(), limit),
                        classifier,
                        baseline,
                        true));
            }
        }
        return rows;
    }

    private Map<String, List<LabeledText>> crossDomain(TextLanguage language) throws IOException {
        Map<String, List<LabeledText>> sets = new LinkedHashMap<>();
        if (language == TextLanguage.RU) {
            sets.put("ru_rusentiment_train (VK posts)", this.sets.ruSentiment());
            sets.put("ru_rusentitweet_train (tweets)", this.sets.ruSentiTweet());
        } else {
            sets.put("en_uci_labelled_sentences (imdb)", this.sets.uci("imdb"));
        }
        return sets;
    }

    private static EvaluationRow row(
            String name,
            String split,
            List<LabeledText> test,
            SentimentClassifier classifier,
            TfIdfBaseline baseline,
            boolean crossDomain) {
        List<SentimentLabel> gold = new ArrayList<>(test.size());
        List<SentimentLabel> model = new ArrayList<>(test.size());
        List<SentimentLabel> base = new ArrayList<>(test.size());
        for (LabeledText row : test) {
            gold.add(row.label());
            model.add(classifier.classify(row.text(), row.language()).label());
            base.add(baseline.classify(row.text()));
        }
        String language = test.isEmpty() ? "" : test.getFirst().language().wireName();
        return new EvaluationRow(
                name, language, split, test.size(), MacroF1.of(gold, model), MacroF1.of(gold, base), crossDomain);
    }

    static List<LabeledText> sample(List<LabeledText> rows, int limit) {
        if (limit <= 0 || rows.size() <= limit) {
            return rows;
        }
        List<LabeledText> sample = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            sample.add(rows.get((int) ((long) i * rows.size() / limit)));
        }
        return sample;
    }
}
