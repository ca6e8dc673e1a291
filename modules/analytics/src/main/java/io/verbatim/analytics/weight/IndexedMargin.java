package io.verbatim.analytics.weight;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A margin with its categories turned into indexes, checked against the sample once before raking. */
final class IndexedMargin {

    private final String variable;
    private final List<String> names;
    private final double[] targets;
    private final int[] rowCategory;

    private IndexedMargin(String variable, List<String> names, double[] targets, int[] rowCategory) {
        this.variable = variable;
        this.names = names;
        this.targets = targets;
        this.rowCategory = rowCategory;
    }

    /**
     * @throws WeightingException when a row's category has no target, or a positive target has no respondents
     */
    static IndexedMargin of(Margin margin, double[] weights) {
        String[] categories = margin.categories();
        if (categories.length != weights.length) {
            throw new WeightingException(margin.variable() + " has " + categories.length + " rows, the sample "
                    + weights.length + "; weigh one dataset at a time");
        }
        List<String> names = List.copyOf(margin.targets().keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            index.put(names.get(c), c);
        }
        int[] rowCategory = new int[categories.length];
        long[] counts = new long[names.size()];
        Map<String, Long> untargeted = new HashMap<>();
        for (int row = 0; row < categories.length; row++) {
            Integer c = index.get(categories[row]);
            if (c == null) {
                rowCategory[row] = -1;
                if (weights[row] > 0) {
                    untargeted.merge(categories[row], 1L, Long::sum);
                }
            } else {
                rowCategory[row] = c;
                counts[c] += weights[row] > 0 ? 1 : 0;
            }
        }
        if (!untargeted.isEmpty()) {
            var first = untargeted.entrySet().iterator().next();
            throw new WeightingException(first.getValue() + " respondent(s) have " + margin.variable() + " = '"
                    + first.getKey() + "', which has no target"
                    + (untargeted.size() > 1 ? " (and " + (untargeted.size() - 1) + " more categories)" : "")
                    + "; add a target for it (use '" + Margin.BLANK + "' for blank cells)");
        }
        double[] targets = new double[names.size()];
        for (int c = 0; c < names.size(); c++) {
            targets[c] = margin.targets().get(names.get(c));
            if (targets[c] > 0 && counts[c] == 0) {
                throw new WeightingException(String.format(
                        Locale.ROOT,
                        "the target %s = '%s' (%.1f%%) has no respondents; weights cannot create them, so merge it"
                                + " with a neighbouring category or drop it from the targets",
                        margin.variable(),
                        names.get(c),
                        targets[c] * 100));
            }
            if (targets[c] == 0 && counts[c] > 0) {
                throw new WeightingException(margin.variable() + " = '" + names.get(c) + "' has a target of 0 but "
                        + counts[c] + " respondent(s); filter them out rather than weigh them to nothing");
            }
        }
        return new IndexedMargin(margin.variable(), names, targets, rowCategory);
    }

    /** One raking step: multiplies each row's weight so its category's weighted share becomes the target. */
    void fit(double[] w) {
        double[] totals = totals(w);
        double total = sum(totals);
        double[] factors = new double[targets.length];
        for (int c = 0; c < targets.length; c++) {
            factors[c] = totals[c] > 0 ? targets[c] * total / totals[c] : 0;
        }
        for (int row = 0; row < w.length; row++) {
            if (rowCategory[row] >= 0) {
                w[row] *= factors[rowCategory[row]];
            }
        }
    }

    /** The category whose weighted share is furthest from its target. */
    Miss worst(double[] w) {
        double[] totals = totals(w);
        double total = sum(totals);
        Miss worst = new Miss(variable, 0);
        for (int c = 0; c < targets.length; c++) {
            double error = Math.abs(totals[c] / total - targets[c]);
            if (error > worst.error()) {
                worst = new Miss(variable + " = '" + names.get(c) + "'", error);
            }
        }
        return worst;
    }

    private double[] totals(double[] w) {
        double[] totals = new double[targets.length];
        for (int row = 0; row < w.length; row++) {
            if (rowCategory[row] >= 0) {
                totals[rowCategory[row]] += w[row];
            }
        }
        return totals;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** Where a margin misses its target most, and by how much (a fraction). */
    record Miss(String where, double error) {}
}
