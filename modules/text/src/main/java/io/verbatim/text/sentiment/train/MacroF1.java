package io.verbatim.text.sentiment.train;

import io.verbatim.text.sentiment.SentimentLabel;
import java.util.List;

/**
 * Macro-averaged F1 over the classes that occur in the gold labels. A two-class set (UCI: positive and negative) is
 * scored over those two; a neutral prediction on it counts as a miss for the true class.
 */
public final class MacroF1 {

    private MacroF1() {}

    /** The macro-F1 of predictions against gold labels, position by position. */
    public static double of(List<SentimentLabel> gold, List<SentimentLabel> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in size");
        }
        int classes = SentimentLabel.values().length;
        int[] truePositive = new int[classes];
        int[] goldCount = new int[classes];
        int[] predictedCount = new int[classes];
        for (int i = 0; i < gold.size(); i++) {
            int g = gold.get(i).index();
            int p = predicted.get(i).index();
            goldCount[g]++;
            predictedCount[p]++;
            truePositive[g] += g == p ? 1 : 0;
        }
        double sum = 0;
        int present = 0;
        for (int c = 0; c < classes; c++) {
            if (goldCount[c] == 0) {
                continue;
            }
            present++;
            int denominator = goldCount[c] + predictedCount[c];
            sum += denominator == 0 ? 0 : 2.0 * truePositive[c] / denominator;
        }
        return present == 0 ? 0 : sum / present;
    }
}
