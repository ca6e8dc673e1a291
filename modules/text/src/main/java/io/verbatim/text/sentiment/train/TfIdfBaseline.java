package io.verbatim.text.sentiment.train;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.FeatureVector;
import io.verbatim.text.sentiment.LinearModel;
import io.verbatim.text.sentiment.ModelSpec;
import io.verbatim.text.sentiment.SentimentLabel;
import io.verbatim.text.sentiment.SoftmaxTrainer;
import io.verbatim.text.sentiment.TrainingExample;
import io.verbatim.text.sentiment.data.LabeledText;
import io.verbatim.text.token.WordTokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The yardstick the shipped models must beat: plain TF-IDF over word unigrams (the shared tokeniser, no stems, no
 * negation, no lexicon), L2-normalised, fed to the same logistic regression with the same class balancing and seed.
 * Vocabulary and IDF come from the training split only.
 */
public final class TfIdfBaseline {

    private final Map<String, Integer> vocabulary;
    private final float[] idf;
    private final LinearModel model;

    private TfIdfBaseline(Map<String, Integer> vocabulary, float[] idf, LinearModel model) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.model = model;
    }

    /** Trains the baseline on a training split. */
    public static TfIdfBaseline train(List<LabeledText> training, SoftmaxTrainer trainer) {
        Map<String, Integer> vocabulary = new HashMap<>();
        List<Integer> documentFrequency = new ArrayList<>();
        for (LabeledText row : training) {
            Set<String> seen = new HashSet<>(WordTokenizer.words(row.text()));
            for (String word : seen) {
                Integer id = vocabulary.putIfAbsent(word, vocabulary.size());
                if (id == null) {
                    documentFrequency.add(1);
                } else {
                    documentFrequency.set(id, documentFrequency.get(id) + 1);
                }
            }
        }
        float[] idf = new float[vocabulary.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = (float) (Math.log((1.0 + training.size()) / (1.0 + documentFrequency.get(i))) + 1.0);
        }
        int bits = Math.max(8, 32 - Integer.numberOfLeadingZeros(Math.max(1, idf.length)));
        ModelSpec spec = new ModelSpec(TextLanguage.OTHER, bits, false);
        TfIdfBaseline untrained = new TfIdfBaseline(vocabulary, idf, null);
        List<TrainingExample> examples = new ArrayList<>();
        FeatureVector vector = new FeatureVector();
        for (LabeledText row : training) {
            untrained.vector(row.text(), vector);
            examples.add(TrainingExample.of(vector, row.label(), 1f));
        }
        return new TfIdfBaseline(vocabulary, idf, trainer.train(spec, examples));
    }

    /** The class of highest probability. */
    public SentimentLabel classify(String text) {
        FeatureVector vector = new FeatureVector();
        vector(text, vector);
        double[] p = new double[LinearModel.CLASSES];
        model.probabilities(vector, p);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return SentimentLabel.ofIndex(best);
    }

    private void vector(String text, FeatureVector out) {
        out.clear();
        Map<Integer, Integer> counts = new HashMap<>();
        for (String word : WordTokenizer.words(text)) {
            Integer id = vocabulary.get(word);
            if (id != null) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        double norm = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            double v = entry.getValue() * idf[entry.getKey()];
            norm += v * v;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            out.add(entry.getKey(), (float) (entry.getValue() * idf[entry.getKey()] * scale));
        }
    }
}
