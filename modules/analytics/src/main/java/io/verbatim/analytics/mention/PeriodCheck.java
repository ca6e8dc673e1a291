package io.verbatim.analytics.mention;

/**
 * One period checked against its rolling baseline.
 *
 * @param period the period label
 * @param index its position in the series
 * @param count mentions in the period
 * @param mean baseline mean of the previous W periods; NaN in the first W periods (no baseline yet)
 * @param sd the SD the rule uses, max(sample SD, √mean); NaN without a baseline
 * @param threshold mean + k·sd; NaN without a baseline
 * @param strength (count − mean) / sd, the number of SDs above the baseline; NaN without a baseline or when sd is 0
 * @param spike whether the period raised an alarm
 */
public record PeriodCheck(
        String period,
        int index,
        long count,
        double mean,
        double sd,
        double threshold,
        double strength,
        boolean spike) {

    public boolean hasBaseline() {
        return !Double.isNaN(mean);
    }
}
