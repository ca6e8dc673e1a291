package io.verbatim.analytics.mention;

import io.verbatim.domain.score.Score;

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

    /**
     * The period's count as a trend point: the count with its Poisson noise band, count ± 1.96·√count (floored at
     * zero), the band a volume chart draws around the line.
     */
    public Score asTrendPoint() {
        double noise = 1.96 * Math.sqrt(count);
        return new Score(period, count, count, Math.max(0, count - noise), count + noise, Math.sqrt(count));
    }
}
