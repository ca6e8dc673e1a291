package io.verbatim.charts;

import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import java.awt.BasicStroke;
import java.awt.Font;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A score over time: one line through the period scores with a translucent band for the 95% interval, so that a
 * month-to-month wiggle inside the band is visibly noise. Periods without answers are left out rather than drawn as
 * zero; periods below {@link BaseSize#LOW} answers get a hollow dot and say "low base" in their tooltip.
 */
public final class TrendChartFactory {

    private final boolean markLowBase;

    /** A factory for scores: periods under {@link BaseSize#LOW} answers get a hollow dot. */
    public TrendChartFactory() {
        this(true);
    }

    /**
     * @param markLowBase false for series whose values are counts rather than scores (mentions per day), where a
     *     small count is a finding, not a weak base
     */
    public TrendChartFactory(boolean markLowBase) {
        this.markLowBase = markLowBase;
    }

    /**
     * Builds the chart.
     *
     * @param table scores per period; groups are {@code yyyy-MM} months or {@code yyyy-MM-dd} days
     * @param labels translated titles
     */
    public JFreeChart create(ScoreTable table, ChartLabels labels) {
        return create(table, labels, List.of());
    }

    /**
     * Builds the chart with marks on some periods (significant changes, spikes); a mark for a period that is not on
     * the chart is left out.
     */
    public JFreeChart create(ScoreTable table, ChartLabels labels, List<TrendMark> marks) {
        return create(table, labels, marks, "");
    }

    /**
     * Builds the chart with marks and a legend entry saying what a mark means (e.g. "significant change from the month
     * before"); an empty text adds none.
     */
    public JFreeChart create(ScoreTable table, ChartLabels labels, List<TrendMark> marks, String marksLegend) {
        List<Point> points = points(table);
        YIntervalSeries series = new YIntervalSeries(labels.seriesLabel());
        for (Point point : points) {
            Score s = point.score();
            series.add(point.epochMillis(), s.value(), s.ciLow(), s.ciHigh());
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);

        DateAxis time = new DateAxis(labels.categoryAxis());
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        // Month-sized ticks only; the axis picks the smallest step whose labels fit the chart's width.
        time.setStandardTickUnits(monthTicks(labels.locale()));
        time.setLowerMargin(0.02);
        time.setUpperMargin(0.02);
        NumberAxis value = new NumberAxis(labels.valueAxis());
        value.setAutoRangeIncludesZero(false);
        value.setNumberFormatOverride(NumberFormat.getNumberInstance(labels.locale()));

        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, ChartStyle.ACCENT);
        renderer.setSeriesFillPaint(0, ChartStyle.ACCENT_BAND);
        renderer.setSeriesStroke(0, new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        // The dots are PeriodMarker annotations (filled or hollow per period); the renderer keeps only the tooltip
        // areas.
        renderer.setDefaultShapesVisible(false);
        renderer.setSeriesShapesVisible(0, false);
        renderer.setDefaultEntityRadius(6);
        renderer.setUseFillPaint(false);
        // The band uses the series fill paint at full opacity; the translucency is in the colour itself.
        renderer.setAlpha(1f);
        renderer.setDefaultToolTipGenerator(tooltips(points, labels));

        XYPlot plot = new XYPlot(dataset, time, value, renderer);
        for (Point point : points) {
            plot.addAnnotation(
                    new PeriodMarker(
                            point.epochMillis(), point.score().value(), markLowBase && BaseSize.isLow(point.score())),
                    false);
        }
        addMarks(plot, points, marks);
        JFreeChart chart = new JFreeChart(
                labels.title().isEmpty() ? null : labels.title(), ChartStyle.font(Font.BOLD, 15f), plot, false);
        LegendItemCollection legend = LegendItems.scoreAndInterval(labels, ChartStyle.ACCENT, ChartStyle.ACCENT_BAND);
        if (markLowBase && points.stream().anyMatch(p -> BaseSize.isLow(p.score()))) {
            legend.add(LegendItems.hollowDot(labels));
        }
        if (!marks.isEmpty() && !marksLegend.isEmpty()) {
            legend.add(LegendItems.triangle(marksLegend));
        }
        plot.setFixedLegendItems(legend);
        chart.addLegend(new LegendTitle(plot));
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.getLegend().setHorizontalAlignment(HorizontalAlignment.LEFT);
        ChartStyle.apply(chart);
        return chart;
    }

    private static void addMarks(XYPlot plot, List<Point> points, List<TrendMark> marks) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Point point : points) {
            low = Math.min(low, point.score().ciLow());
            high = Math.max(high, point.score().ciHigh());
        }
        boolean marked = false;
        for (TrendMark mark : marks) {
            for (Point point : points) {
                if (point.score().group().equals(mark.period())) {
                    Score s = point.score();
                    plot.addAnnotation(
                            new TrendMarkAnnotation(
                                    point.epochMillis(),
                                    mark.rise() ? s.ciHigh() : s.ciLow(),
                                    mark.text(),
                                    mark.rise(),
                                    mark.good()),
                            false);
                    marked = true;
                }
            }
        }
        if (marked && high > low) {
            // Room above and below the band for the triangles and their labels.
            double air = (high - low) * 0.2;
            // A series that never goes below zero (counts, percentages) keeps zero as its floor.
            plot.getRangeAxis().setRange(low >= 0 ? Math.max(0, low - air) : low - air, high + air);
        }
    }

    private static TickUnits monthTicks(Locale locale) {
        SimpleDateFormat month = new SimpleDateFormat("LLL yyyy", locale);
        SimpleDateFormat year = new SimpleDateFormat("yyyy", locale);
        month.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        year.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        TickUnits units = new TickUnits();
        for (int step : new int[] {1, 2, 3, 4, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, step, month));
        }
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, year));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 2, year));
        return units;
    }

    private static XYToolTipGenerator tooltips(List<Point> points, ChartLabels labels) {
        NumberFormat format = NumberFormat.getNumberInstance(labels.locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return (dataset, seriesIndex, item) -> {
            Score s = points.get(item).score();
            String text = "%s: %s [%s … %s], n = %d"
                    .formatted(
                            periodName(s.group(), labels.locale()),
                            format.format(s.value()),
                            format.format(s.ciLow()),
                            format.format(s.ciHigh()),
                            s.n());
            return BaseSize.isLow(s) ? text + " · " + labels.lowBaseLabel() : text;
        };
    }

    /** A month as the reader says it ("March 2025", "март 2025"); other periods as they come. */
    static String periodName(String group, Locale locale) {
        try {
            return group.length() == 7
                    ? YearMonth.parse(group).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale))
                    : group;
        } catch (DateTimeParseException ignored) {
            return group;
        }
    }

    /** The plottable periods of a table, in table order. */
    static List<Point> points(ScoreTable table) {
        List<Point> points = new ArrayList<>();
        for (Score score : table.groups()) {
            if (score.isEmpty() || Double.isNaN(score.value())) {
                continue;
            }
            periodStart(score.group()).ifPresent(millis -> points.add(new Point(millis, score)));
        }
        return points;
    }

    private static Optional<Long> periodStart(String group) {
        try {
            if (group.length() == 7) {
                return Optional.of(toMillis(YearMonth.parse(group).atDay(1)));
            }
            return Optional.of(toMillis(LocalDate.parse(group)));
        } catch (DateTimeParseException ignored) {
            // Not a calendar period (a week label, "all"): it has no place on a time axis.
            return Optional.empty();
        }
    }

    private static long toMillis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** One period on the time axis. */
    record Point(long epochMillis, Score score) {}
}
