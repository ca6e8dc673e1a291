package io.verbatim.analytics.cube;

import io.verbatim.analytics.score.AnswerCodes;
import io.verbatim.analytics.score.ColumnResolver;
import io.verbatim.analytics.score.GroupOrder;
import io.verbatim.analytics.score.ResponseDates;
import io.verbatim.analytics.score.ScoreCalculator;
import io.verbatim.analytics.score.ScoreException;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dataset held in memory for interactive questions (ADR 0027): each column a dashboard filters or breaks down by is
 * dictionary-encoded with a bitmap of rows per value, each rating question is an array of scale codes, and the
 * response date an array of epoch days. A score is one scan of the selected rows into per-group histograms, handed to
 * the same calculators as {@link io.verbatim.analytics.score.SurveyScorer}, so both give the same table. H2 stays the
 * durable store: a cube is built from it and thrown away when the dataset changes.
 *
 * <p>Columns are read on first use and kept, so a free-text column nobody filters by is never loaded. A cube is safe
 * to share between threads.
 */
public final class Cube {

    private final DatasetRepository repository;
    private final Dataset dataset;
    private final int rows;
    private final Map<String, Dimension> dimensions = new ConcurrentHashMap<>();
    private final Map<String, int[]> answers = new ConcurrentHashMap<>();
    private volatile ResponseDays days;
    private volatile Grouping whole;

    private Cube(DatasetRepository repository, Dataset dataset) {
        this.repository = repository;
        this.dataset = dataset;
        this.rows = Math.toIntExact(dataset.rows());
    }

    /** A cube over {@code dataset}; columns are read when a query first needs them ({@link #load} reads ahead). */
    public static Cube of(DatasetRepository repository, Dataset dataset) {
        return new Cube(repository, dataset);
    }

    public Dataset dataset() {
        return dataset;
    }

    public int rows() {
        return rows;
    }

    /**
     * Reads ahead what the first dashboard needs: every rating question, the response date when there is one, and the
     * named columns as dimensions.
     */
    public void load(List<String> dimensionColumns) {
        dataset.columns().stream().filter(c -> c.question() != null).forEach(this::answersOf);
        ResponseDates.column(dataset).ifPresent(c -> responseDays());
        dimensionColumns.forEach(name -> dimension(ColumnResolver.breakdown(dataset, name)));
    }

    /**
     * Scores the rows the filters select, as {@link io.verbatim.analytics.score.SurveyScorer#score} scores a dataset
     * holding only those rows.
     *
     * @throws ScoreException when the request cannot be honestly answered (no such question, NPS on 1–5, ...)
     */
    public ScoreTable score(ScoreRequest request, List<Filter> filters) {
        Column column = ColumnResolver.question(dataset, request.metric(), request.question());
        Question question = column.question();
        ScoreCalculator calculator = ScoreCalculator.of(request.metric(), request.effectiveVariant());
        calculator.requireScorable(question);
        String by = null;
        Grouping grouping;
        boolean chronological = false;
        if (request.by() != null) {
            Column breakdown = ColumnResolver.breakdown(dataset, request.by());
            grouping = Grouping.of(dimension(breakdown));
            by = breakdown.key();
        } else if (request.period() != null) {
            ColumnResolver.responseDate(dataset);
            grouping = responseDays().grouping(request.period());
            by = request.period().wireName();
            chronological = true;
        } else {
            grouping = whole();
        }
        Histograms histograms = Histograms.count(
                answersOf(column),
                grouping,
                select(filters),
                question.scale().min(),
                question.scale().max());
        List<Score> scores = new ArrayList<>();
        // The whole selection is one group, shown even when empty, as the scorer shows an empty dataset.
        List<Integer> groups = by == null ? List.of(0) : order(grouping, histograms, chronological);
        for (int group : groups) {
            scores.add(calculator.score(
                    grouping.labels().get(group), histograms.min(), histograms.counts(group), question));
        }
        return new ScoreTable(
                request.metric(),
                calculator.variant(),
                dataset.name(),
                column.key(),
                by,
                scores,
                calculator.definition(question));
    }

    /** How many rows the filters select. */
    public int count(List<Filter> filters) {
        BitSet selection = select(filters);
        return selection == null ? rows : selection.cardinality();
    }

    /** The dataset seen with only the rows the filters select, for calculators that take a repository. */
    public FilteredView view(List<Filter> filters) {
        return new FilteredView(repository, dataset, selection(filters));
    }

    /** The rows the filters select (every row when none is given), as a new bitmap the caller may change. */
    public BitSet selection(List<Filter> filters) {
        BitSet selection = select(filters);
        if (selection == null) {
            selection = new BitSet(rows);
            selection.set(0, rows);
        }
        return selection;
    }

    /**
     * The first and last response day of the dataset (in that order), for period presets; empty when it has no
     * response date column or no row is dated.
     */
    public List<LocalDate> dateSpan() {
        if (ResponseDates.column(dataset).isEmpty()) {
            return List.of();
        }
        LocalDate[] span = responseDays().span();
        return span == null ? List.of() : List.of(span);
    }

    /** The distinct values of a column, blanks as "(blank)", for a filter list. */
    public List<String> values(String column) {
        return dimension(ColumnResolver.breakdown(dataset, column)).values();
    }

    /** The selected rows, or null when no filter is given (every row). */
    private BitSet select(List<Filter> filters) {
        BitSet selection = null;
        for (Filter filter : filters) {
            BitSet rowsOf = rowsOf(filter);
            if (selection == null) {
                selection = rowsOf;
            } else {
                selection.and(rowsOf);
            }
        }
        return selection;
    }

    /** A new bitmap of the rows one filter selects (callers may change it). */
    private BitSet rowsOf(Filter filter) {
        return switch (filter) {
            case Filter.Values values -> {
                Column column = dataset.column(values.column())
                        .orElseThrow(() -> new ScoreException(
                                "Dataset " + dataset.name() + " has no column '" + values.column() + "' to filter by"));
                BitSet matching = dimension(column).rowsOf(values.values());
                if (values.exclude()) {
                    matching.flip(0, rows);
                }
                yield matching;
            }
            case Filter.Dates dates -> {
                ColumnResolver.responseDate(dataset);
                yield responseDays().rowsBetween(dates.from(), dates.to());
            }
        };
    }

    /** Groups with a selected row, in the scorer's order: chronological for a trend, else {@link GroupOrder}. */
    private static List<Integer> order(Grouping grouping, Histograms histograms, boolean chronological) {
        List<Integer> present = new ArrayList<>();
        for (int group = 0; group < grouping.labels().size(); group++) {
            if (histograms.present(group)) {
                present.add(group);
            }
        }
        if (chronological) {
            return present;
        }
        Map<String, Long> answersOf = new HashMap<>();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int group : present) {
            answersOf.put(grouping.labels().get(group), histograms.answers(group));
            indexOf.put(grouping.labels().get(group), group);
        }
        return GroupOrder.of(answersOf).stream().map(indexOf::get).toList();
    }

    private Dimension dimension(Column column) {
        return dimensions.computeIfAbsent(column.key(), key -> Dimension.of(repository.readColumn(dataset, column)));
    }

    private int[] answersOf(Column column) {
        return answers.computeIfAbsent(
                column.key(),
                key -> AnswerCodes.of(
                        repository.readColumn(dataset, column),
                        column.question().scale()));
    }

    /** Every row in one group; made once, as it is an array as long as the dataset that nobody changes. */
    private Grouping whole() {
        Grouping read = whole;
        if (read == null) {
            read = Grouping.all(Score.ALL, rows);
            whole = read;
        }
        return read;
    }

    private ResponseDays responseDays() {
        ResponseDays read = days;
        if (read == null) {
            synchronized (this) {
                read = days;
                if (read == null) {
                    Column column = ColumnResolver.responseDate(dataset);
                    read = ResponseDays.of(repository.readColumn(dataset, column));
                    days = read;
                }
            }
        }
        return read;
    }
}
