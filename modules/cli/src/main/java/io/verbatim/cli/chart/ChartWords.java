package io.verbatim.cli.chart;

import io.verbatim.charts.ChartLabels;
import io.verbatim.charts.TopicChartLabels;
import io.verbatim.charts.journey.JourneyLabels;
import io.verbatim.charts.kpi.KpiLabels;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Variant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words on the charts of {@code verbatim chart}, in English or Russian ({@code --lang}), from
 * {@code ChartWords.properties} beside this class. The charts module takes every label as a parameter; this class
 * fills them in.
 */
final class ChartWords {

    private final ResourceBundle bundle;
    private final Locale locale;

    private ChartWords(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The words of {@code en} or {@code ru}. */
    static ChartWords of(ChartLanguage language) {
        Locale locale = language == ChartLanguage.RU ? Locale.of("ru") : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(
                "io.verbatim.cli.chart.ChartWords",
                language == ChartLanguage.RU ? locale : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ChartWords(bundle, locale);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... values) {
        return String.format(locale, get(key), values);
    }

    Locale locale() {
        return locale;
    }

    String metric(Metric metric) {
        return get("metric." + metric.wireName());
    }

    String variant(Variant variant) {
        return get("variant." + variant.wireName().replace('-', '_'));
    }

    String unit(Variant variant) {
        return get("unit." + variant.wireName().replace('-', '_'));
    }

    /** A period as a reader says it: {@code 2026-06} is "June 2026" or "июнь 2026"; other periods as they come. */
    String period(String label) {
        try {
            return label.length() == 7
                    ? YearMonth.parse(label).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale))
                    : label;
        } catch (DateTimeParseException ignored) {
            return label;
        }
    }

    KpiLabels kpi(String title, String subtitle) {
        return new KpiLabels(
                title,
                subtitle,
                get("base"),
                get("kpi.versus"),
                get("kpi.significant"),
                get("kpi.notSignificant"),
                get("kpi.noPrevious"),
                get("lowBase"),
                get("noAnswers"),
                get("kpi.percentPoints"),
                locale);
    }

    ChartLabels trend(String title, String timeAxis, String valueAxis, String series) {
        return trend(title, timeAxis, valueAxis, series, get("trend.interval"));
    }

    ChartLabels trend(String title, String timeAxis, String valueAxis, String series, String interval) {
        return new ChartLabels(title, timeAxis, valueAxis, series, interval, get("lowBase"), locale);
    }

    TopicChartLabels topics(String column) {
        return new TopicChartLabels(
                format("topics.title", column),
                get("topics.axis.topic"),
                get("topics.axis.count"),
                get("sentiment.positive"),
                get("sentiment.neutral"),
                get("sentiment.negative"),
                locale);
    }

    JourneyLabels journey() {
        Map<LaneKind, String> lanes = new EnumMap<>(LaneKind.class);
        for (LaneKind kind : LaneKind.values()) {
            lanes.put(kind, get("lane." + kind.name().toLowerCase(Locale.ROOT)));
        }
        return new JourneyLabels(
                lanes,
                get("journey.persona"),
                get("journey.measured"),
                get("journey.felt"),
                get("journey.notBound"),
                get("journey.noEvidence"),
                get("noAnswers"),
                get("base"),
                get("lowBase"),
                locale);
    }
}
