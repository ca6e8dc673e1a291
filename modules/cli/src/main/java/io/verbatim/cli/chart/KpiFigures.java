package io.verbatim.cli.chart;

import io.verbatim.analytics.score.ColumnResolver;
import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ScoreException;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.analytics.score.SurveyScorer;
import io.verbatim.charts.kpi.KpiChange;
import io.verbatim.charts.kpi.KpiFigure;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import java.util.ArrayList;
import java.util.List;

/**
 * The tiles of a KPI board: per scored metric of the dataset, the score over the chart's rows (what {@code score}
 * prints for the same filter) and the latest period against the one before, tested with the analytics module's
 * two-group test (what {@code score --period P --compare LATEST,PREVIOUS} prints).
 */
final class KpiFigures {

    private KpiFigures() {}

    static List<KpiFigure> of(ChartScope scope, String question, Period period, ChartWords words) {
        List<Metric> metrics = question == null ? scope.metrics() : List.of(scope.metricOfQuestion(question));
        SurveyScorer scorer = new SurveyScorer(scope.repository());
        List<KpiFigure> figures = new ArrayList<>();
        for (Metric metric : metrics) {
            ScoreRequest request = ScoreRequest.of(metric).question(question);
            ScoreTable overall = scorer.score(scope.data(), request);
            Score score = overall.groups().isEmpty()
                    ? new Score(Score.ALL, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                    : overall.groups().getFirst();
            KpiChange change = change(scorer, scope, request.per(period), words);
            figures.add(new KpiFigure(
                    words.metric(metric),
                    words.variant(overall.variant()),
                    score,
                    overall.variant(),
                    change,
                    higherIsBetter(scope, metric, question, overall.variant())));
        }
        return figures;
    }

    /**
     * Whether a rise is good news: always for net scores and top-box shares (their calculators count the good end), and
     * for a mean unless the question's scale is reversed (the dashboard's rule, DashboardQuery).
     */
    static boolean higherIsBetter(ChartScope scope, Metric metric, String question, Variant variant) {
        return variant != Variant.MEAN
                || ColumnResolver.question(scope.whole(), metric, question)
                                .question()
                                .direction()
                        == ScaleDirection.HIGHER_IS_BETTER;
    }

    /** The last two periods with answers, latest first; null when there are fewer than two or they cannot be tested. */
    private static KpiChange change(SurveyScorer scorer, ChartScope scope, ScoreRequest request, ChartWords words) {
        ScoreTable trend;
        try {
            trend = scorer.score(scope.data(), request);
        } catch (ScoreException noDates) {
            // A dataset without response dates has no periods; the tile says there is nothing to compare with.
            return null;
        }
        List<Score> answered = trend.groups().stream().filter(s -> !s.isEmpty()).toList();
        if (answered.size() < 2) {
            return null;
        }
        Score latest = answered.getLast();
        Score previous = answered.get(answered.size() - 2);
        try {
            Comparison comparison = scorer.compare(trend, latest.group(), previous.group());
            return new KpiChange(words.period(latest.group()), words.period(previous.group()), comparison);
        } catch (ScoreException untestable) {
            return null;
        }
    }
}
