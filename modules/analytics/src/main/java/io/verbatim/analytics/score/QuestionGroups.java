package io.verbatim.analytics.score;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.score.Score;
import java.util.SequencedMap;

/**
 * One question's codes split into groups of rows, with the calculator that scores them: what a breakdown, a weighted
 * breakdown and a highlight all start from.
 *
 * @param column the scored question's column
 * @param calculator the metric variant's arithmetic
 * @param codes one code per dataset row ({@link GroupedRows#NO_ANSWER} where there is no valid answer)
 * @param groups group label → the rows with a valid answer, in display order
 * @param by the breakdown column key or period name; null for the whole dataset
 * @param weights one weight per dataset row, or null for an unweighted score
 */
record QuestionGroups(
        Column column,
        ScoreCalculator calculator,
        int[] codes,
        SequencedMap<String, int[]> groups,
        String by,
        double[] weights) {

    Question question() {
        return column.question();
    }

    /** The score of the given rows under a group label, weighted when this grouping carries weights. */
    Score score(String label, int[] rows) {
        int[] picked = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = codes[rows[i]];
        }
        if (weights == null) {
            return calculator.score(label, picked, question());
        }
        double[] pickedWeights = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            pickedWeights[i] = weights[rows[i]];
        }
        return calculator.score(label, picked, pickedWeights, question());
    }

    /** Every answered row outside the named group, in row order: "the rest of the sample" for a highlight. */
    int[] restOf(String label) {
        int size = 0;
        for (var group : groups.entrySet()) {
            if (!group.getKey().equals(label)) {
                size += group.getValue().length;
            }
        }
        int[] rest = new int[size];
        int at = 0;
        for (var group : groups.entrySet()) {
            if (!group.getKey().equals(label)) {
                System.arraycopy(group.getValue(), 0, rest, at, group.getValue().length);
                at += group.getValue().length;
            }
        }
        return rest;
    }

    /** The definition line, which says when the figures are weighted and how their intervals account for it. */
    String definition() {
        String plain = calculator.definition(question());
        return weights == null
                ? plain
                : plain + "; weighted: shares and means use the weights, intervals and tests use Kish's effective n"
                        + " = (Σw)²/Σw²";
    }
}
