package io.verbatim.cli.chart;

import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ScoreException;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.analytics.score.SurveyScorer;
import io.verbatim.charts.BaseSize;
import io.verbatim.charts.FigureFormat;
import io.verbatim.charts.TrendChartFactory;
import io.verbatim.charts.TrendMark;
import io.verbatim.cli.UserInputException;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A survey score by period with its 95% band, and a mark on every period that differs significantly (5%, two-sided)
 * from the period before by the analytics module's two-group test, the test {@code score --compare} runs. Periods
 * under {@link BaseSize#LOW} answers are not tested: a change on twenty answers is not news.
 */
final class SurveyTrend {

    private SurveyTrend() {}

    static JFreeChart chart(ChartScope scope, Metric metric, String question, Period period, ChartWords words) {
        if (period == Period.WEEK) {
            throw new UserInputException("a trend chart draws months or days; use --period month or --period day");
        }
        SurveyScorer scorer = new SurveyScorer(scope.repository());
        ScoreTable table = scorer.score(
                scope.data(), ScoreRequest.of(metric).question(question).per(period));
        if (table.groups().stream().allMatch(Score::isEmpty)) {
            throw new UserInputException("no answers to " + words.metric(metric) + " in "
                    + scope.whole().name() + (scope.filter() == null ? "" : " for --filter " + scope.filter())
                    + "; nothing to draw");
        }
        String name = words.metric(metric);
        String periodWord = words.get("trend.period." + period.wireName());
        return new TrendChartFactory()
                .create(
                        table,
                        words.trend(
                                words.format("trend.title", name, periodWord) + " · "
                                        + scope.whole().name(),
                                words.get("trend.axis." + period.wireName()),
                                words.format("trend.axis.value", name, words.unit(table.variant())),
                                name),
                        marks(
                                scorer,
                                table,
                                new FigureFormat(words.locale()),
                                KpiFigures.higherIsBetter(scope, metric, question, table.variant())),
                        words.get("trend.marks." + period.wireName()));
    }

    /** Significant changes between consecutive periods with answers. */
    static List<TrendMark> marks(SurveyScorer scorer, ScoreTable table, FigureFormat format, boolean higherIsBetter) {
        List<TrendMark> marks = new ArrayList<>();
        Score previous = null;
        for (Score score : table.groups()) {
            if (score.isEmpty()) {
                continue;
            }
            if (previous != null && !BaseSize.isLow(previous) && !BaseSize.isLow(score)) {
                try {
                    Comparison test = scorer.compare(table, score.group(), previous.group());
                    if (test.significant()) {
                        marks.add(new TrendMark(
                                score.group(),
                                format.difference(table.variant(), test.difference()) + ", "
                                        + format.pValue(test.pValue()),
                                test.difference() > 0,
                                (test.difference() > 0) == higherIsBetter));
                    }
                } catch (ScoreException untestable) {
                    // A period the test cannot take (no variance) simply gets no mark.
                }
            }
            previous = score;
        }
        return marks;
    }
}
