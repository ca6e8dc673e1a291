package io.verbatim.cli.chart;

import io.verbatim.analytics.mention.MentionDates;
import io.verbatim.analytics.mention.PeriodAxis;
import io.verbatim.analytics.mention.PeriodCheck;
import io.verbatim.analytics.mention.SpikeDetector;
import io.verbatim.analytics.mention.SpikeRule;
import io.verbatim.analytics.score.Period;
import io.verbatim.charts.FigureFormat;
import io.verbatim.charts.TrendChartFactory;
import io.verbatim.charts.TrendMark;
import io.verbatim.cli.UserInputException;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The trend of a mention dataset: mentions per period, with a band of ±1.96·√count (the Poisson noise of a count, so a
 * wiggle inside it is not news) and a mark on every period where the analytics spike rule fires, the same rule and
 * defaults as {@code mentions --metric spikes} (mean + 4·SD of the previous 14 periods, at least 5 mentions).
 */
final class MentionTrend {

    private MentionTrend() {}

    static JFreeChart chart(ChartScope scope, Period period, ChartWords words) {
        if (period == Period.WEEK) {
            throw new UserInputException("a trend chart draws months or days; use --period day or --period month");
        }
        Column published = scope.data()
                .column(MentionField.PUBLISHED_AT.key())
                .orElseThrow(() -> new UserInputException("dataset "
                        + scope.whole().name() + " has no publication date column; a mention trend needs one"));
        String[] cells = scope.repository().readColumn(scope.data(), published);
        PeriodAxis axis = PeriodAxis.of(new MentionDates(null).of(cells), period);
        long[] counts = new long[axis.size()];
        for (int row : axis.rowPeriods()) {
            if (row >= 0) {
                counts[row]++;
            }
        }
        List<PeriodCheck> checks = new SpikeDetector(SpikeRule.defaults()).check(counts, axis.labels());
        FigureFormat format = new FigureFormat(words.locale());
        List<Score> scores = new ArrayList<>();
        List<TrendMark> marks = new ArrayList<>();
        for (PeriodCheck check : checks) {
            scores.add(check.asTrendPoint());
            if (check.spike()) {
                marks.add(new TrendMark(
                        check.period(), words.get("trend.spike") + ": " + format.count(check.count()), true));
            }
        }
        // The table type is the scorer's; "metric" is only a carrier here, the chart reads groups and values.
        ScoreTable table = new ScoreTable(
                Metric.NPS, Variant.MEAN, scope.whole().name(), published.key(), period.wireName(), scores, "");
        String title = words.get("trend.volume");
        return new TrendChartFactory(false)
                .create(
                        table,
                        words.trend(
                                words.format("trend.title", title, words.get("trend.period." + period.wireName()))
                                        + " · " + scope.whole().name(),
                                words.get("trend.axis." + period.wireName()),
                                words.get("trend.volume.axis"),
                                title,
                                words.get("trend.interval.poisson")),
                        marks,
                        words.get("trend.marks.spike"));
    }
}
