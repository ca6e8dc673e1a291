package io.verbatim.charts;

import java.util.Objects;

/**
 * A note on one period of a trend: a significant change from the period before (surveys) or a spike (mentions).
 *
 * @param period the period as the table names it ({@code 2025-03} or {@code 2025-03-14})
 * @param text what to write beside the mark, e.g. "+9, p = 0.003"
 * @param rise true for a rise (a triangle pointing up above the point), false for a fall (pointing down below it)
 * @param good true when the change is good news (green), false for bad news (red)
 */
public record TrendMark(String period, String text, boolean rise, boolean good) {

    /** A mark whose rise is good news and fall bad news. */
    public TrendMark(String period, String text, boolean rise) {
        this(period, text, rise, rise);
    }

    public TrendMark {
        Objects.requireNonNull(period, "period");
        text = text == null ? "" : text;
    }
}
