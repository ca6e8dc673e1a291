package io.verbatim.domain.score;

import java.util.List;

/**
 * The scores of one question for every group of a breakdown or period.
 *
 * @param metric the score
 * @param variant which variant of it
 * @param dataset the dataset name
 * @param question the key of the scored question
 * @param by the breakdown column or period ({@code month}), or null for the whole dataset
 * @param groups one score per group, in display order
 * @param definition a one-line, human definition of the figure, printed with it
 */
public record ScoreTable(
        Metric metric,
        Variant variant,
        String dataset,
        String question,
        String by,
        List<Score> groups,
        String definition) {

    public ScoreTable {
        groups = List.copyOf(groups);
    }
}
