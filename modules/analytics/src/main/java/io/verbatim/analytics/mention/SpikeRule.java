package io.verbatim.analytics.mention;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * When a period's mention count is a spike: more than mean + k·SD of the previous {@code window} periods, and at least
 * {@code minimumVolume} mentions.
 *
 * @param window W, periods in the rolling baseline (at least 2, so an SD exists)
 * @param k how many SDs above the baseline mean an alarm needs (more than 0)
 * @param minimumVolume the fewest mentions a spike can have (at least 1), so that 0, 0, 0, 1 is not a spike
 */
public record SpikeRule(int window, double k, long minimumVolume) {

    /**
     * Two weeks of days: an SD from seven numbers is too noisy a yardstick (ADR 0025, the false-alarm table).
     */
    public static final int DEFAULT_WINDOW = 14;

    /**
     * Four SDs: on a steady series of about 40 mentions a day, 1.6% of 120-day series raise any false alarm (k = 2:
     * 96%, about 3 alarms each), while a doubled day is still found.
     */
    public static final double DEFAULT_K = 4;

    public static final long DEFAULT_MINIMUM_VOLUME = 5;

    public SpikeRule {
        if (window < 2) {
            throw new MentionException("the spike window must be at least 2 periods (an SD needs two), not " + window);
        }
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new MentionException("k must be a positive number of standard deviations, not " + k);
        }
        if (minimumVolume < 1) {
            throw new MentionException("the minimum spike volume must be at least 1 mention, not " + minimumVolume);
        }
    }

    public static SpikeRule defaults() {
        return new SpikeRule(DEFAULT_WINDOW, DEFAULT_K, DEFAULT_MINIMUM_VOLUME);
    }

    /** The rule in words, with its parameters, for the definition line. */
    public String describe(String period) {
        return String.format(
                Locale.ROOT,
                "spike = a %s with more mentions than mean + %s·SD of the previous %d %ss and at least %d mentions;"
                        + " SD = max(sample SD, √mean), the Poisson floor (a flat baseline still has count noise);"
                        + " the first %d %ss have no baseline and raise no alarm; strength = (count − mean) / SD",
                period,
                BigDecimal.valueOf(k).stripTrailingZeros().toPlainString(),
                window,
                period,
                minimumVolume,
                window,
                period);
    }
}
