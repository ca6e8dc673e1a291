package io.verbatim.analytics.weight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rim weighting by raking (iterative proportional fitting, Deming and Stephan 1940): for each weighting variable in
 * turn, every row's weight is multiplied by target share / current weighted share of its category; passes repeat
 * until every category of every margin is within the tolerance of its target. Only the margins are fitted, so it
 * needs no joint targets and no respondent in every crossed cell, which is why it is the survey industry's default.
 *
 * <p>With trimming, weights scaled to mean 1 that leave the bounds are cut to them and the sample is raked again
 * from the cut weights, until the raked weights stay inside the bounds (or {@value #MAX_TRIM_ROUNDS} rounds pass, in
 * which case the weights are cut once more and the remaining miss is reported in {@link Weighting#maxMarginError()}).
 */
public final class RimWeighting {

    /** Largest allowed |weighted share − target|, as a fraction: 0.0001 percentage points. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /** Raking passes before giving up; consistent targets converge in a handful. */
    public static final int DEFAULT_MAX_ITERATIONS = 100;

    static final int MAX_TRIM_ROUNDS = 50;

    private final double tolerance;
    private final int maxIterations;
    private final WeightBounds bounds;

    /**
     * @param bounds trimming bounds, or null for no trimming
     */
    public RimWeighting(double tolerance, int maxIterations, WeightBounds bounds) {
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new WeightingException("raking needs a positive tolerance and at least one iteration");
        }
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.bounds = bounds;
    }

    public Weighting weigh(List<Margin> margins) {
        if (margins.isEmpty()) {
            throw new WeightingException("No weighting targets were given");
        }
        double[] base = new double[margins.getFirst().categories().length];
        java.util.Arrays.fill(base, 1);
        return weigh(margins, base);
    }

    /**
     * Rakes starting from design weights (a weight column), which are kept as the starting point.
     *
     * @throws WeightingException when a target has no respondents, respondents have no target, or raking does not
     *     converge
     */
    public Weighting weigh(List<Margin> margins, double[] baseWeights) {
        double[] w = validated(baseWeights);
        List<IndexedMargin> indexed = new ArrayList<>();
        for (Margin margin : margins) {
            indexed.add(IndexedMargin.of(margin, w));
        }
        int iterations = rake(w, indexed);
        normalise(w);
        int rounds = 0;
        while (bounds != null && !withinBounds(w) && rounds < MAX_TRIM_ROUNDS) {
            clip(w);
            rounds++;
            iterations += rake(w, indexed);
            normalise(w);
        }
        if (bounds != null && !withinBounds(w)) {
            clip(w);
        }
        double error =
                indexed.stream().mapToDouble(m -> m.worst(w).error()).max().orElse(0);
        return new Weighting(w, iterations, rounds, error, EffectiveSample.of(w), definition(margins, rounds));
    }

    private int rake(double[] w, List<IndexedMargin> margins) {
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            for (IndexedMargin margin : margins) {
                margin.fit(w);
            }
            boolean converged = true;
            for (IndexedMargin margin : margins) {
                converged &= margin.worst(w).error() < tolerance;
            }
            if (converged) {
                return iteration;
            }
        }
        IndexedMargin.Miss worst = margins.stream()
                .map(m -> m.worst(w))
                .max(java.util.Comparator.comparingDouble(IndexedMargin.Miss::error))
                .orElseThrow();
        throw new WeightingException(String.format(
                Locale.ROOT,
                "raking did not converge in %d iterations: %s is still %.2f points off its target; the targets"
                        + " contradict each other for this sample (a category of one variable may only occur with"
                        + " one category of another); drop or merge a target",
                maxIterations,
                worst.where(),
                worst.error() * 100));
    }

    private static double[] validated(double[] baseWeights) {
        double[] w = baseWeights.clone();
        for (int row = 0; row < w.length; row++) {
            if (!(w[row] >= 0) || Double.isInfinite(w[row])) {
                throw new WeightingException(
                        "row " + (row + 1) + " has the starting weight " + w[row] + "; weights must be 0 or positive");
            }
        }
        return w;
    }

    /** Scales weights to mean 1 over the rows that count, so trimming bounds read as multiples of the average. */
    private static void normalise(double[] w) {
        double total = 0;
        long counted = 0;
        for (double weight : w) {
            if (weight > 0) {
                total += weight;
                counted++;
            }
        }
        double factor = counted / total;
        for (int row = 0; row < w.length; row++) {
            w[row] *= factor;
        }
    }

    private boolean withinBounds(double[] w) {
        for (double weight : w) {
            if (weight > 0 && !bounds.holds(weight)) {
                return false;
            }
        }
        return true;
    }

    private void clip(double[] w) {
        for (int row = 0; row < w.length; row++) {
            if (w[row] > 0) {
                w[row] = bounds.clip(w[row]);
            }
        }
    }

    private String definition(List<Margin> margins, int rounds) {
        String variables =
                String.join(", ", margins.stream().map(Margin::variable).toList());
        String trim = bounds == null
                ? "not trimmed"
                : String.format(
                        Locale.ROOT,
                        "trimmed to %s–%s with re-raking (%d round%s)",
                        bounds.lower(),
                        bounds.upper(),
                        rounds,
                        rounds == 1 ? "" : "s");
        return String.format(
                Locale.ROOT,
                "%s weighting by raking over %s (tolerance %.0e on shares); weights scaled to mean 1, %s",
                margins.size() == 1 ? "cell/single-margin" : "rim",
                variables,
                tolerance,
                trim);
    }
}
