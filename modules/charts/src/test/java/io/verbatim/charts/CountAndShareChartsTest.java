package io.verbatim.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** The histogram puts its SLA line where it is told and draws every bucket; share bars are percentages with whiskers. */
class CountAndShareChartsTest {

    private static final ChartLabels LABELS =
            new ChartLabels("", "Business hours", "Tickets", "Tickets", "95% interval", "low base", Locale.ENGLISH);

    @Test
    void theHistogramDrawsEachBucketAndTheTargetLine() {
        List<CountBar> bars = List.of(new CountBar("<1h", 5), new CountBar("1-4h", 12), new CountBar(">4h", 3));

        JFreeChart chart = new HistogramChartFactory().create(bars, 1.5, "SLA 4h", LABELS);

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(3);
        assertThat(plot.getDataset().getYValue(0, 1)).isEqualTo(12);
        java.util.Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        assertThat(markers)
                .singleElement()
                .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(1.5))
                .satisfies(m -> assertThat(((ValueMarker) m).getLabel()).isEqualTo("SLA 4h"));
        assertThat(chart.createBufferedImage(600, 300).getWidth()).isEqualTo(600);
        java.util.Collection<?> none = new HistogramChartFactory()
                .create(bars, Double.NaN, "", LABELS)
                .getXYPlot()
                .getDomainMarkers(Layer.FOREGROUND);
        assertThat(none).isNull();
    }

    @Test
    void shareBarsArePercentagesWithAWhiskerPerInterval() {
        List<ShareBar> bars = List.of(
                new ShareBar("Acme (n=40)", 0.6, 0.45, 0.73),
                new ShareBar("Rival (n=40)", 0.4, Double.NaN, Double.NaN));

        JFreeChart chart = new ShareBarChartFactory().create(bars, LABELS);

        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getValue(0, 0).doubleValue()).isEqualTo(60.0);
        assertThat(plot.getDataset().getValue(0, 1).doubleValue()).isEqualTo(40.0);
        java.util.Collection<?> whiskers = plot.getAnnotations();
        assertThat(whiskers).hasSize(1);
        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(100.0);
        assertThat(chart.createBufferedImage(600, 300).getHeight()).isEqualTo(300);
    }
}
