package io.verbatim.analytics.stat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Multiple-comparison control for a family of p-values. When a breakdown of twenty segments is tested at 5%, about one
 * segment "differs" by chance alone; adjusting the p-values keeps highlights honest (METRICS.md, pitfall 5).
 *
 * <ul>
 *   <li>{@link #HOLM}: Holm's step-down method (1979) controls the family-wise error rate, the chance of even one false
 *       highlight, under any dependence between the tests. Uniformly more powerful than Bonferroni.
 *   <li>{@link #BENJAMINI_HOCHBERG}: the Benjamini–Hochberg step-up method (1995) controls the false discovery rate,
 *       the expected share of false highlights among the highlighted; more highlights survive when many segments are
 *       tested. Valid for independent or positively dependent tests.
 * </ul>
 *
 * Adjusted p-values are compared with the unchanged 5% level, and equal R's {@code p.adjust(p, "holm")} and
 * {@code p.adjust(p, "BH")}.
 */
public enum PValueAdjustment {
    HOLM("holm", "Holm step-down (family-wise error rate)"),
    BENJAMINI_HOCHBERG("bh", "Benjamini–Hochberg (false discovery rate)");

    private final String wireName;
    private final String description;

    PValueAdjustment(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    public String wireName() {
        return wireName;
    }

    /** A phrase for a definition line, e.g. "Holm step-down (family-wise error rate)". */
    public String description() {
        return description;
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static PValueAdjustment fromWire(String value) {
        String wire = value.strip().toLowerCase(Locale.ROOT);
        for (PValueAdjustment adjustment : values()) {
            if (adjustment.wireName.equals(wire)
                    || adjustment.name().toLowerCase(Locale.ROOT).equals(wire)) {
                return adjustment;
            }
        }
        throw new IllegalArgumentException("unknown adjustment '" + value + "'; use holm or bh");
    }

    /**
     * The adjusted p-values, in the order given. NaN entries (a group that could not be tested) are not part of the
     * family: they stay NaN and do not count in m.
     */
    public double[] adjust(double[] pValues) {
        double[] adjusted = new double[pValues.length];
        Arrays.fill(adjusted, Double.NaN);
        int[] order = IntStream.range(0, pValues.length)
                .filter(i -> !Double.isNaN(pValues[i]))
                .boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        int m = order.length;
        if (this == HOLM) {
            // Step down from the smallest: p(k)·(m − k + 1), kept monotone by a running maximum.
            double running = 0;
            for (int k = 0; k < m; k++) {
                running = Math.max(running, Math.min(1, (m - k) * pValues[order[k]]));
                adjusted[order[k]] = running;
            }
        } else {
            // Step up from the largest: p(k)·m/k, kept monotone by a running minimum.
            double running = 1;
            for (int k = m - 1; k >= 0; k--) {
                running = Math.min(running, (double) m / (k + 1) * pValues[order[k]]);
                adjusted[order[k]] = Math.min(1, running);
            }
        }
        return adjusted;
    }
}
