package io.verbatim.charts;

import io.verbatim.domain.score.Variant;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Formats scores the same way on every chart and on screen: net scores signed with no decimals (a tenth of an NPS point
 * is noise), percentages with one decimal, means with two; numbers in the reader's locale.
 */
public final class FigureFormat {

    private final Locale locale;

    public FigureFormat(Locale locale) {
        this.locale = locale;
    }

    /** The score, e.g. {@code +32}, {@code 64,5%}, {@code 5.12}. */
    public String value(Variant variant, double value) {
        String number = number(value, decimals(variant));
        return switch (variant) {
            case NET_SCORE -> value > 0 && !number.matches("[-−]?0") ? "+" + number : number;
            case TOP_BOX_PERCENT -> number + "%";
            case MEAN -> number;
        };
    }

    /** The 95% margin, e.g. {@code ± 2.8}. */
    public String margin(Variant variant, double margin) {
        return "± " + number(margin, Math.max(1, decimals(variant)));
    }

    /** A signed difference in the variant's unit (without it), e.g. {@code +4}, {@code −1.2}. */
    public String difference(Variant variant, double difference) {
        String number = number(Math.abs(difference), decimals(variant));
        if (number.matches("0([.,]0+)?")) {
            return "±" + number;
        }
        return (difference > 0 ? "+" : "−") + number;
    }

    /** A whole number with grouping, e.g. {@code 3 812}. */
    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /**
     * A p-value: four decimals near the 5% line (so 0.0496 does not read as 0.05), two elsewhere, "&lt; 0.0001" at the
     * bottom.
     */
    public String pValue(double p) {
        if (p < 0.0001) {
            return "p < " + number(0.0001, 4);
        }
        return "p = " + number(p, p < 0.1 ? 4 : 2);
    }

    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    public Locale locale() {
        return locale;
    }

    private static int decimals(Variant variant) {
        return switch (variant) {
            case NET_SCORE -> 0;
            case TOP_BOX_PERCENT -> 1;
            case MEAN -> 2;
        };
    }
}
