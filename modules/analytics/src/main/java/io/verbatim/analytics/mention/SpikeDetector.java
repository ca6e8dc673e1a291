package io.verbatim.analytics.mention;

import java.util.ArrayList;
import java.util.List;

/**
 * Rolling-baseline spike detection (the rule social-listening tools use: Socialmetrix alerts when the latest average
 * exceeds the 7-day average + k·SD; SentiOne reports the number of SDs as "anomaly strength").
 *
 * <p>For period t the baseline is the mean m and sample SD s (n − 1) of the W periods before it. Two choices make the
 * rule sound on counts:
 *
 * <ul>
 *   <li>The SD is floored at √m. Mention counts are at least Poisson-noisy, whose SD is √mean, and an SD from seven
 *       numbers is often far below it (or exactly 0 for a baseline of 5, 5, 5, 5, 5, 5, 5, where without a floor a 6
 *       would be a spike). With the floor, a baseline of all zeros gives SD 0, and only the minimum volume keeps a
 *       single mention from being a spike.
 *   <li>The first W periods have no full baseline and never alarm.
 * </ul>
 *
 * A spike stays in the baselines after it: a lasting rise alarms on its first periods and then becomes the new normal,
 * rather than alarming for ever.
 */
public final class SpikeDetector {

    private final SpikeRule rule;

    public SpikeDetector(SpikeRule rule) {
        this.rule = rule;
    }

    public List<PeriodCheck> check(long[] counts, List<String> labels) {
        int window = rule.window();
        List<PeriodCheck> checks = new ArrayList<>(counts.length);
        for (int t = 0; t < counts.length; t++) {
            if (t < window) {
                checks.add(new PeriodCheck(
                        labels.get(t), t, counts[t], Double.NaN, Double.NaN, Double.NaN, Double.NaN, false));
                continue;
            }
            double mean = 0;
            for (int i = t - window; i < t; i++) {
                mean += counts[i];
            }
            mean /= window;
            double squares = 0;
            for (int i = t - window; i < t; i++) {
                squares += (counts[i] - mean) * (counts[i] - mean);
            }
            double sd = Math.max(Math.sqrt(squares / (window - 1)), Math.sqrt(mean));
            double threshold = mean + rule.k() * sd;
            double strength = sd > 0 ? (counts[t] - mean) / sd : Double.NaN;
            boolean spike = counts[t] > threshold && counts[t] >= rule.minimumVolume();
            checks.add(new PeriodCheck(labels.get(t), t, counts[t], mean, sd, threshold, strength, spike));
        }
        return checks;
    }
}
