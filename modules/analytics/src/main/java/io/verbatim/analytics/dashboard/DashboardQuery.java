package io.verbatim.analytics.dashboard;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.cube.Filter;
import io.verbatim.analytics.cube.FilteredView;
import io.verbatim.analytics.score.ColumnResolver;
import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ResponseDates;
import io.verbatim.analytics.score.ScoreComparator;
import io.verbatim.analytics.score.ScoreException;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dashboard's arithmetic without a screen (ADR 0033): given the global filters, the chosen metric and the
 * breakdown column, it scores every KPI tile (with the change against the previous period), the breakdown and the
 * monthly trend from one {@link Cube}, and finds the comments behind a bar or a point. The desktop's view-model and
 * {@code verbatim bench dashboard} both call it, so the benchmark times what the analyst waits for.
 */
public final class DashboardQuery {

    /** Comments a drill-down lists; the total is counted past it. */
    public static final int DRILL_DOWN_LIMIT = 500;

    private final Cube cube;
    private final FilteredScorer scorer;

    public DashboardQuery(Cube cube) {
        this(cube, cube::score);
    }

    /** A query whose scores come from {@code scorer} (tests put a double here); drill-downs read the cube. */
    public DashboardQuery(Cube cube, FilteredScorer scorer) {
        this.cube = cube;
        this.scorer = scorer;
    }

    public Cube cube() {
        return cube;
    }

    /** The metrics the dataset has a question for, in {@link Metric} order. */
    public List<Metric> metrics() {
        Dataset dataset = cube.dataset();
        return List.of(Metric.values()).stream()
                .filter(m -> !dataset.questions(m.role()).isEmpty())
                .toList();
    }

    /** Scores one redraw: every tile, the breakdown of {@code metric} by {@code column} (may be null), the trend. */
    public DashboardResult compute(DashboardFilters filters, Metric metric, String column) {
        List<Filter> cubeFilters = filters.cubeFilters();
        List<KpiFigure> tiles = new ArrayList<>();
        for (Metric candidate : metrics()) {
            tile(candidate, filters).ifPresent(tiles::add);
        }
        Attempt breakdown = column == null
                ? Attempt.missing("")
                : attempt(() -> scorer.score(ScoreRequest.of(metric).by(column), cubeFilters));
        Attempt trend = attempt(() -> scorer.score(ScoreRequest.of(metric).per(Period.MONTH), cubeFilters));
        return new DashboardResult(
                tiles, cube.count(cubeFilters), breakdown.table(), breakdown.problem(), trend.table(), trend.problem());
    }

    private Optional<KpiFigure> tile(Metric metric, DashboardFilters filters) {
        ScoreTable table;
        try {
            table = scorer.score(ScoreRequest.of(metric), filters.cubeFilters());
        } catch (ScoreException e) {
            return Optional.empty(); // a question the metric cannot score (NPS on 1–5) gets no tile
        }
        Optional<Comparison> change = filters.previousPeriod().flatMap(previous -> {
            ScoreTable before = scorer.score(ScoreRequest.of(metric), previous.cubeFilters());
            return compare(table, before);
        });
        boolean higherIsBetter = table.variant() != Variant.MEAN
                || ColumnResolver.question(cube.dataset(), metric, null)
                                .question()
                                .direction()
                        == ScaleDirection.HIGHER_IS_BETTER;
        return Optional.of(new KpiFigure(metric, table, change, higherIsBetter));
    }

    private static Optional<Comparison> compare(ScoreTable now, ScoreTable before) {
        Score current = now.groups().getFirst();
        Score previous = before.groups().getFirst();
        if (current.isEmpty() || previous.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ScoreComparator.test(now.metric(), now.variant(), current, previous));
        } catch (ScoreException e) {
            return Optional.empty(); // a mean from a single answer cannot be tested
        }
    }

    /** The comments of the rows where {@code column} holds {@code group}, under the filters. */
    public DrillDown group(DashboardFilters filters, Metric metric, String column, String group, String textColumn) {
        List<Filter> selection = new ArrayList<>(filters.cubeFilters());
        selection.add(Filter.in(column, Set.of(group)));
        return verbatims(selection, metric, textColumn);
    }

    /** The comments of the rows answered in {@code month} ({@code 2025-03}, a trend point), under the filters. */
    public DrillDown month(DashboardFilters filters, Metric metric, String month, String textColumn) {
        YearMonth period;
        try {
            period = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ScoreException("'" + month + "' is not a month of the trend (YYYY-MM)");
        }
        List<Filter> selection = new ArrayList<>(filters.cubeFilters());
        selection.add(Filter.dates(period.atDay(1), period.plusMonths(1).atDay(1)));
        return verbatims(selection, metric, textColumn);
    }

    private DrillDown verbatims(List<Filter> selection, Metric metric, String textColumn) {
        FilteredView view = cube.view(selection);
        Dataset dataset = view.dataset();
        Column text = dataset.column(textColumn)
                .orElseThrow(() -> new ScoreException(
                        "Dataset " + dataset.name() + " has no column '" + textColumn + "' to read comments from"));
        String[] texts = view.readColumn(dataset, text);
        String[] scores = view.readColumn(dataset, ColumnResolver.question(dataset, metric, null));
        Optional<Column> dateColumn = ResponseDates.column(dataset);
        String[] dates = dateColumn.isPresent() ? view.readColumn(dataset, dateColumn.get()) : null;
        List<Verbatim> found = new ArrayList<>();
        int total = 0;
        for (int row = 0; row < texts.length; row++) {
            String comment = texts[row] == null ? "" : texts[row].strip();
            if (comment.isEmpty()) {
                continue;
            }
            total++;
            if (found.size() < DRILL_DOWN_LIMIT) {
                found.add(new Verbatim(comment, cell(scores, row), dates == null ? "" : cell(dates, row)));
            }
        }
        return new DrillDown(text.key(), found, total, texts.length);
    }

    private static String cell(String[] cells, int row) {
        return cells[row] == null ? "" : cells[row].strip();
    }

    /** Scores one chart; a chart that cannot be drawn explains itself and spares the others. */
    private static Attempt attempt(java.util.function.Supplier<ScoreTable> scoring) {
        try {
            return new Attempt(Optional.of(scoring.get()), "");
        } catch (ScoreException e) {
            return Attempt.missing(e.getMessage());
        }
    }

    private record Attempt(Optional<ScoreTable> table, String problem) {
        static Attempt missing(String problem) {
            return new Attempt(Optional.empty(), problem);
        }
    }
}
