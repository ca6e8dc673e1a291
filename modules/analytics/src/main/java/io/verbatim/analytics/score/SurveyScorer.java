package io.verbatim.analytics.score;

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
        Metric metric = request.metric();
        Column column = ColumnResolver.question(dataset, metric, request.question());
        Question question = column.question();
        ScoreCalculator calculator = ScoreCalculator.of(metric, request.effectiveVariant());
        calculator.requireScorable(question);
        int[] codes = AnswerCodes.of(repository.readColumn(dataset, column), question.scale());
        SequencedMap<String, int[]> groups;
        String by;
        if (request.by() != null) {
            Column breakdown = ColumnResolver.breakdown(dataset, request.by());
            groups = GroupedCodes.byValue(codes, repository.readColumn(dataset, breakdown));
            by = breakdown.key();
        } else if (request.period() != null) {
            Column dates = ColumnResolver.responseDate(dataset);
            groups = GroupedCodes.byPeriod(codes, repository.readColumn(dataset, dates), request.period());
            by = request.period().wireName();
        } else {
            groups = GroupedCodes.all(codes);
            by = null;
        }
        List<Score> scores = groups.entrySet().stream()
                .map(group -> calculator.score(group.getKey(), group.getValue(), question))
                .toList();
        return new ScoreTable(
                metric,
                calculator.variant(),
                dataset.name(),
                column.key(),
                by,
                scores,
                calculator.definition(question));
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
