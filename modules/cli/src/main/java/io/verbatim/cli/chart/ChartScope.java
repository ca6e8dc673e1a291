package io.verbatim.cli.chart;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.cube.FilterExpression;
import io.verbatim.analytics.cube.FilteredView;
import io.verbatim.cli.UserInputException;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.Metric;
import io.verbatim.store.Workspace;
import java.util.Arrays;
import java.util.List;

/**
 * The rows a chart draws: a dataset of the workspace, narrowed by {@code --filter} exactly as {@code score --filter}
 * narrows it, so a chart's figures equal the scores printed for the same filter.
 *
 * @param workspace the open workspace
 * @param repository reads the (filtered) rows
 * @param data the dataset as the chart sees it (its rows are the filtered ones)
 * @param whole the dataset before the filter
 * @param filter the filter as typed, or null
 */
record ChartScope(Workspace workspace, DatasetRepository repository, Dataset data, Dataset whole, String filter) {

    static ChartScope of(Workspace workspace, Dataset dataset, String filter) {
        if (filter == null || filter.isBlank()) {
            return new ChartScope(workspace, workspace.datasets(), dataset, dataset, null);
        }
        FilteredView view = Cube.of(workspace.datasets(), dataset).view(FilterExpression.parse(filter));
        return new ChartScope(workspace, view, view.dataset(), dataset, filter.strip());
    }

    /** The metrics the dataset has questions for, in the order NPS, eNPS, CSAT, CES. */
    List<Metric> metrics() {
        return Arrays.stream(Metric.values())
                .filter(m -> !whole.questions(m.role()).isEmpty())
                .toList();
    }

    /**
     * The metric of {@code --question}: the role of that rating column.
     *
     * @throws UserInputException when the column is missing or is not a rating question
     */
    Metric metricOfQuestion(String question) {
        Column column = whole.column(question)
                .orElseThrow(() -> new UserInputException("dataset " + whole.name() + " has no column '" + question
                        + "'; its rating questions are " + questionList()));
        MetricRole role = column.asQuestion()
                .map(q -> q.role())
                .orElseThrow(() -> new UserInputException("column '" + question + "' of " + whole.name()
                        + " is not a rating question; use one of " + questionList()));
        return Arrays.stream(Metric.values())
                .filter(m -> m.role() == role)
                .findFirst()
                .orElseThrow(() -> new UserInputException("column '" + question
                        + "' is not scored as NPS, eNPS, CSAT or CES; use one of " + questionList()));
    }

    private String questionList() {
        List<String> keys = whole.columns().stream()
                .filter(c -> c.question() != null)
                .map(Column::key)
                .toList();
        return keys.isEmpty() ? "(none: mark one with 'verbatim import --role')" : String.join(", ", keys);
    }
}
