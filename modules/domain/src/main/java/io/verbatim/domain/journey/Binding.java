package io.verbatim.domain.journey;

import io.verbatim.domain.score.Metric;
import java.util.Objects;

/**
 * The data that measures a stage: a dataset, the score to compute, and the rows that belong to the stage. The filter is
 * the command line's {@code --filter} text ({@code "Stage=Доставка;date>=2025-01-01"}), so a stage's numbers equal what
 * {@code verbatim score --dataset D --metric M --filter F} prints.
 *
 * @param dataset the dataset's name
 * @param metric the score shown for the stage
 * @param question the question key or text; blank for the dataset's first question of the metric
 * @param filter the rows of the stage; blank for all rows
 * @param textColumn the column whose texts are the stage's verbatims; blank for none
 */
public record Binding(String dataset, Metric metric, String question, String filter, String textColumn) {
    public Binding {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(metric, "metric");
        question = question == null ? "" : question;
        filter = filter == null ? "" : filter;
        textColumn = textColumn == null ? "" : textColumn;
    }
}
