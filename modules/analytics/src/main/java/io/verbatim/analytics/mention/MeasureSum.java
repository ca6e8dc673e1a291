package io.verbatim.analytics.mention;

/**
 * The sum of a numeric mention measure (reach or engagement) over some mentions. A blank cell is not a zero: it is
 * counted in {@code blank} and left out of the sum, so "reach 0" and "reach unknown" stay apart.
 *
 * @param total sum of the non-blank cells
 * @param counted mentions whose cell had a number
 * @param blank mentions whose cell was blank
 */
public record MeasureSum(double total, long counted, long blank) {

    /**
     * The numbers of a reach or engagement column, NaN for a blank cell. The store writes NUMBER cells in plain
     * {@code 12540} or {@code 32.5} form; anything else is treated as blank rather than guessed.
     */
    static double[] values(String[] cells) {
        double[] values = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = value(cells[i]);
        }
        return values;
    }

    private static double value(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }
}
