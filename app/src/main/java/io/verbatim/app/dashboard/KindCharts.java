package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.CountedValue;
import io.verbatim.analytics.dashboard.DurationHistogram;
import io.verbatim.analytics.dashboard.MentionDashboardResult;
import io.verbatim.analytics.dashboard.RateBar;
import io.verbatim.analytics.dashboard.TicketDashboardResult;
import io.verbatim.analytics.dashboard.TicketWeek;
import io.verbatim.analytics.mention.BrandShare;
import io.verbatim.analytics.mention.PeriodCheck;
import io.verbatim.analytics.mention.SentimentRow;
import io.verbatim.app.i18n.Messages;
import io.verbatim.charts.BreakdownChartFactory;
import io.verbatim.charts.ChartLabels;
import io.verbatim.charts.CountBar;
import io.verbatim.charts.HistogramChartFactory;
import io.verbatim.charts.ShareBar;
import io.verbatim.charts.ShareBarChartFactory;
import io.verbatim.charts.TrendChartFactory;
import io.verbatim.charts.TrendMark;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The four charts of a ticket or a mention dashboard, built with the charts module's factories from a redraw's result
 * with labels in the interface language. Each chart comes with the group behind each of its bars or points, in
 * drawing order, so a click maps back to what to drill into.
 */
final class KindCharts {

    private final Messages messages;

    KindCharts(Messages messages) {
        this.messages = messages;
    }

    /** One drawn chart (null when it could not be drawn) and the keys of its bars or points, in order. */
    record Chart(JFreeChart chart, List<String> keys) {
        static final Chart NONE = new Chart(null, List.of());
    }

    /** First reply histogram, resolution histogram, SLA by the breakdown, weekly SLA trend. */
    List<Chart> tickets(TicketDashboardResult result, String column) {
        List<Chart> charts = new ArrayList<>();
        charts.add(result.firstReply().map(this::histogram).orElse(Chart.NONE));
        charts.add(result.resolution().map(this::histogram).orElse(Chart.NONE));
        List<ShareBar> bars = new ArrayList<>();
        for (RateBar bar : result.slaBars()) {
            bars.add(new ShareBar(bar.group() + " (n=" + bar.n() + ")", bar.share(), bar.low(), bar.high()));
        }
        charts.add(
                bars.isEmpty()
                        ? Chart.NONE
                        : new Chart(
                                new ShareBarChartFactory()
                                        .create(bars, labels(column, messages.get("kinds.axis.withinSla"))),
                                result.slaBars().stream().map(RateBar::group).toList()));
        List<Score> weeks = new ArrayList<>();
        for (TicketWeek week : result.weeks()) {
            if (week.sla() != null && week.sla().n() > 0) {
                RateBar sla = week.sla();
                weeks.add(new Score(week.week(), sla.n(), sla.share() * 100, sla.low() * 100, sla.high() * 100, 0));
            }
        }
        charts.add(
                weeks.isEmpty()
                        ? Chart.NONE
                        : new Chart(
                                new TrendChartFactory()
                                        .create(
                                                carrier(weeks),
                                                labels(
                                                        messages.get("kinds.axis.week"),
                                                        messages.get("kinds.axis.withinSla"))),
                                weeks.stream().map(Score::group).toList()));
        return charts;
    }

    /** Volume per day with spike marks, share of voice, net sentiment by the breakdown, top authors. */
    List<Chart> mentions(MentionDashboardResult result, String column) {
        List<Chart> charts = new ArrayList<>();
        charts.add(result.spikes()
                .map(spikes -> volume(spikes.series().getFirst().checks()))
                .orElse(Chart.NONE));
        charts.add(result.share()
                .map(share -> {
                    List<BrandShare> brands = share.groups().getFirst().brands();
                    List<ShareBar> bars = brands.stream()
                            .map(b -> new ShareBar(
                                    b.brand() + " (n=" + b.mentions() + ")",
                                    b.share() / 100,
                                    b.ciLow() / 100,
                                    b.ciHigh() / 100))
                            .toList();
                    return new Chart(
                            new ShareBarChartFactory()
                                    .create(
                                            bars,
                                            labels(messages.get("kinds.axis.brand"), messages.get("kinds.axis.share"))),
                            brands.stream().map(BrandShare::brand).toList());
                })
                .orElse(Chart.NONE));
        charts.add(result.sentiment()
                .map(table -> {
                    List<Score> scores = table.rows().stream()
                            .map(SentimentRow::score)
                            .filter(s -> !s.isEmpty())
                            .toList();
                    return scores.isEmpty()
                            ? Chart.NONE
                            : new Chart(
                                    new BreakdownChartFactory()
                                            .create(
                                                    carrier(scores),
                                                    labels(
                                                            column == null ? "" : column,
                                                            messages.get("kinds.axis.net"))),
                                    scores.stream().map(Score::group).toList());
                })
                .orElse(Chart.NONE));
        List<CountedValue> top = result.top();
        charts.add(
                top.isEmpty()
                        ? Chart.NONE
                        : new Chart(
                                new HistogramChartFactory()
                                        .create(
                                                top.stream()
                                                        .map(v -> new CountBar(v.value(), v.count()))
                                                        .toList(),
                                                Double.NaN,
                                                "",
                                                labels(result.topColumn(), messages.get("kinds.axis.mentions"))),
                                top.stream().map(CountedValue::value).toList()));
        return charts;
    }

    private Chart histogram(DurationHistogram histogram) {
        List<CountBar> bars = histogram.buckets().stream()
                .map(b -> new CountBar(messages.get("kinds.bucket." + b.label()), b.count()))
                .toList();
        double targetX = Double.NaN;
        String target = "";
        if (!Double.isNaN(histogram.targetMinutes())) {
            targetX = targetX(histogram, histogram.targetMinutes());
            target = messages.format("kinds.sla.target", KindTiles.hours(messages, histogram.targetMinutes()));
        }
        return new Chart(
                new HistogramChartFactory()
                        .create(
                                bars,
                                targetX,
                                target,
                                labels(
                                        messages.get("kinds.axis.clock."
                                                + histogram.clock().replace(' ', '-')),
                                        messages.get("kinds.axis.tickets"))),
                histogram.buckets().stream()
                        .map(DurationHistogram.Bucket::label)
                        .toList());
    }

    /** Where a target falls on the bucket scale: bucket i spans i − 0.5 to i + 0.5, linearly inside. */
    static double targetX(DurationHistogram histogram, double minutes) {
        List<DurationHistogram.Bucket> buckets = histogram.buckets();
        for (int i = 0; i < buckets.size(); i++) {
            DurationHistogram.Bucket bucket = buckets.get(i);
            if (minutes < bucket.toMinutes()) {
                double width = Double.isInfinite(bucket.toMinutes()) ? 1 : bucket.toMinutes() - bucket.fromMinutes();
                double inside = Double.isInfinite(bucket.toMinutes()) ? 0 : (minutes - bucket.fromMinutes()) / width;
                return i - 0.5 + inside;
            }
        }
        return buckets.size() - 0.5;
    }

    private Chart volume(List<PeriodCheck> checks) {
        List<Score> days = new ArrayList<>();
        List<TrendMark> marks = new ArrayList<>();
        for (PeriodCheck check : checks) {
            days.add(check.asTrendPoint());
            if (check.spike()) {
                marks.add(new TrendMark(check.period(), messages.get("kinds.spike"), true));
            }
        }
        return new Chart(
                new TrendChartFactory(false)
                        .create(
                                carrier(days),
                                new ChartLabels(
                                        "",
                                        messages.get("kinds.axis.day"),
                                        messages.get("kinds.axis.mentions"),
                                        messages.get("kinds.axis.mentions"),
                                        messages.get("kinds.interval.poisson"),
                                        messages.get("chart.lowBase"),
                                        messages.locale()),
                                marks,
                                messages.get("kinds.spike.legend")),
                days.stream().map(Score::group).toList());
    }

    /** The chart factories draw score tables; here the table only carries groups and values. */
    private static ScoreTable carrier(List<Score> scores) {
        return new ScoreTable(Metric.NPS, Variant.MEAN, "", "", "", scores, "");
    }

    private ChartLabels labels(String categoryAxis, String valueAxis) {
        return new ChartLabels(
                "",
                categoryAxis,
                valueAxis,
                valueAxis,
                messages.get("chart.interval"),
                messages.get("chart.lowBase"),
                messages.locale());
    }
}
