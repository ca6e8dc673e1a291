package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.KpiFigure;
import io.verbatim.app.i18n.Messages;
import io.verbatim.charts.BaseSize;
import io.verbatim.domain.score.Comparison;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import java.text.NumberFormat;

/**
 * Formats scores the same way everywhere on screen: net scores signed with no decimals (a tenth of an NPS point is
 * noise), percentages with one decimal, means with two.
 */
public final class ScoreFormat {

    /** Below this base a score is shown with a warning. */
    public static final long LOW_BASE = BaseSize.LOW;

    private final Messages messages;

    public ScoreFormat(Messages messages) {
        this.messages = messages;
    }

    public KpiTile tile(Metric metric, ScoreTable table) {
        Score overall = table.groups().isEmpty()
                ? new Score(Score.ALL, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                : table.groups().getFirst();
        boolean empty = overall.isEmpty() || Double.isNaN(overall.value());
        return new KpiTile(
                metricName(metric),
                empty ? "—" : value(table.variant(), overall.value()),
                empty ? "" : "± " + number(overall.margin(), decimals(table.variant())),
                messages.format(
                        "kpi.base",
                        NumberFormat.getIntegerInstance(messages.locale()).format(overall.n())),
                messages.getOrDefault(
                        "variant." + metric.wireName() + "." + table.variant().wireName(),
                        variantName(table.variant())),
                overall.n() < LOW_BASE,
                definition(metric, table));
    }

    /**
     * A tile with its change against the previous period of {@code days} days: an arrow only when the metric's test
     * finds the difference significant at 5% (METRICS.md), else "≈" and "not significant".
     */
    public KpiTile tile(KpiFigure figure, long days) {
        KpiTile tile = tile(figure.metric(), figure.table());
        if (figure.change().isEmpty()) {
            return tile;
        }
        Comparison change = figure.change().get();
        Variant variant = figure.table().variant();
        String difference = number(change.difference(), decimals(variant));
        if (change.difference() > 0) {
            difference = "+" + difference;
        }
        KpiTile.ChangeMark mark = !change.significant()
                ? KpiTile.ChangeMark.NOT_SIGNIFICANT
                : change.difference() > 0 ? KpiTile.ChangeMark.UP : KpiTile.ChangeMark.DOWN;
        String arrow =
                switch (mark) {
                    case UP -> "▲ ";
                    case DOWN -> "▼ ";
                    default -> "≈ ";
                };
        String p = change.pValue() < 0.001 ? "< 0.001" : "= " + number(change.pValue(), 3);
        return tile.withChange(
                arrow + messages.format("kpi.change", difference, days),
                messages.format(change.significant() ? "kpi.significant" : "kpi.notSignificant", p, change.test()),
                mark,
                change.difference() > 0 == figure.higherIsBetter());
    }

    /**
     * The tile's tooltip: the metric's definition in the interface language. The engine's own definition (English,
     * with the exact scale) is the fallback for a combination the bundles do not name.
     */
    String definition(Metric metric, ScoreTable table) {
        String engine = table.definition() == null ? "" : table.definition();
        return messages.getOrDefault(
                "definition." + metric.wireName() + "." + table.variant().wireName(), engine);
    }

    public String metricName(Metric metric) {
        return messages.get("metric." + metric.wireName());
    }

    public String variantName(Variant variant) {
        return messages.get("variant." + variant.wireName());
    }

    /** The value axis title, e.g. "NPS, points". */
    public String axisTitle(Metric metric, Variant variant) {
        return messages.format("chart.axis.value", metricName(metric), messages.get("unit." + variant.wireName()));
    }

    String value(Variant variant, double value) {
        String number = number(value, decimals(variant));
        return switch (variant) {
            case NET_SCORE -> value > 0 ? "+" + number : number;
            case TOP_BOX_PERCENT -> number + "%";
            case MEAN -> number;
        };
    }

    private String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private static int decimals(Variant variant) {
        return switch (variant) {
            case NET_SCORE -> 0;
            case TOP_BOX_PERCENT -> 1;
            case MEAN -> 2;
        };
    }
}
