package io.verbatim.analytics.score;

import io.verbatim.analytics.stat.PValueAdjustment;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * Scores a dataset's rating questions: overall, by a column, or by period, each group with n and a 95% interval.
 *
 * <p>The recipe is the same for every metric: resolve the marked question, map each raw cell through the question's
 * {@link Scale} (the single place blanks, N/A and out-of-scale answers are dropped), split the codes into groups, and
 * hand each group to the metric's {@link ScoreCalculator}. The arithmetic lives in the calculators and in
 * {@code io.verbatim.analytics.stat}; this class only decides what to read and how to group it.
 */
public final class SurveyScorer {

    private final DatasetRepository repository;

    public SurveyScorer(DatasetRepository repository) {
        this.repository = repository;
    }

    /**
     * @throws ScoreException when the request cannot be honestly answered
     */
    public ScoreTable score(Dataset dataset, ScoreRequest request) {
        return table(dataset, request, group(dataset, request, null));
    }

    /**
     * The weighted scores: {@code weights} holds one non-negative weight per dataset row (from
     * {@code io.verbatim.analytics.weight} or a weight column), and each group's interval uses its effective n.
     *
     * @throws ScoreException when the request cannot be honestly answered or the weights do not fit the dataset
     */
    public ScoreTable score(Dataset dataset, ScoreRequest request, double[] weights) {
        return table(dataset, request, group(dataset, request, weights));
    }

    /**
     * Tests every non-empty group of the breakdown against the rest of the sample, adjusts the p-values for the number
     * of tests and marks the groups that differ. Groups whose (effective) base is below {@code minimumBase} are shown
     * but not tested. {@code weights} may be null.
     *
     * @throws ScoreException when the request has no breakdown with at least two groups
     */
    public Highlight highlight(
            Dataset dataset, ScoreRequest request, double[] weights, PValueAdjustment adjustment, long minimumBase) {
        QuestionGroups groups = group(dataset, request, weights);
        ScoreTable table = table(dataset, request, groups);
        return SegmentHighlighter.highlight(table, groups, adjustment, minimumBase);
    }

    private static ScoreTable table(Dataset dataset, ScoreRequest request, QuestionGroups groups) {
        List<Score> scores = groups.groups().entrySet().stream()
                .map(group -> groups.score(group.getKey(), group.getValue()))
                .toList();
        return new ScoreTable(
                request.metric(),
                groups.calculator().variant(),
                dataset.name(),
                groups.column().key(),
                groups.by(),
                scores,
                groups.definition());
    }

    private QuestionGroups group(Dataset dataset, ScoreRequest request, double[] weights) {
        Metric metric = request.metric();
        Column column = ColumnResolver.question(dataset, metric, request.question());
        Question question = column.question();
        ScoreCalculator calculator = ScoreCalculator.of(metric, request.effectiveVariant());
        calculator.requireScorable(question);
        int[] codes = AnswerCodes.of(repository.readColumn(dataset, column), question.scale());
        if (weights != null && weights.length != codes.length) {
            throw new ScoreException("The weights cover " + weights.length + " rows but dataset " + dataset.name()
                    + " has " + codes.length + "; weigh the same dataset you score");
        }
        SequencedMap<String, int[]> groups;
        String by;
        if (request.by() != null) {
            Column breakdown = ColumnResolver.breakdown(dataset, request.by());
            groups = GroupedRows.byValue(codes, repository.readColumn(dataset, breakdown));
            by = breakdown.key();
        } else if (request.period() != null) {
            Column dates = ColumnResolver.responseDate(dataset);
            groups = GroupedRows.byPeriod(codes, repository.readColumn(dataset, dates), request.period());
            by = request.period().wireName();
        } else {
            groups = GroupedRows.all(codes);
            by = null;
        }
        return new QuestionGroups(column, calculator, codes, groups, by, weights);
    }

    /**
     * Tests whether two groups of a table differ (Wald z for NPS/eNPS, two-proportion z for top-box, Welch t for means).
     *
     * @throws ScoreException when a group is missing or empty
     */
    public Comparison compare(ScoreTable table, String firstGroup, String secondGroup) {
        return ScoreComparator.compare(table, firstGroup, secondGroup);
    }

    /**
     * The whole-dataset score of the first marked question of each metric, in its default variant, for dashboards
     * and report covers: one column read per metric. Metrics without a marked question are absent from the map.
     *
     * @throws ScoreException when a marked question cannot carry its metric (an "NPS" on 1–5): a dashboard must show
     *     that mistake, not quietly drop the tile
     */
    public Map<Metric, ScoreTable> headline(Dataset dataset) {
        Map<Metric, ScoreTable> tables = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            if (!dataset.questions(metric.role()).isEmpty()) {
                tables.put(metric, score(dataset, ScoreRequest.of(metric)));
            }
        }
        return tables;
    }
}
