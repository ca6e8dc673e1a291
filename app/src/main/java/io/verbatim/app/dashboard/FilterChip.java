package io.verbatim.app.dashboard;

/**
 * One active filter as the chip row shows it; removing the chip removes the filter.
 *
 * @param column the segment column, or null for the period
 * @param value the kept value, or null for the period
 * @param label the chip's text, e.g. "Region: Москва"
 */
public record FilterChip(String column, String value, String label) {

    public boolean isPeriod() {
        return column == null;
    }
}
