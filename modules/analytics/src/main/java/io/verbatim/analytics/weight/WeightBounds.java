package io.verbatim.analytics.weight;

/**
 * Trimming bounds on weights scaled to mean 1: a weight below {@code lower} or above {@code upper} is cut to the bound
 * and the sample re-raked. The default 0.3–3.0 follows common survey practice (IntelliSurvey's minimum 0.3; a ceiling
 * of 3 keeps one respondent from counting as more than three).
 */
public record WeightBounds(double lower, double upper) {

    public static final WeightBounds DEFAULT = new WeightBounds(0.3, 3.0);

    public WeightBounds {
        if (!(lower > 0) || !(upper > 1) || !(lower < 1)) {
            throw new WeightingException(
                    "trimming bounds must satisfy 0 < lower < 1 < upper (weights have mean 1), got " + lower + "–"
                            + upper);
        }
    }

    boolean holds(double weight) {
        // A hair of slack: re-raking lands weights on the bound up to rounding.
        return weight >= lower * (1 - 1e-9) && weight <= upper * (1 + 1e-9);
    }

    double clip(double weight) {
        return Math.clamp(weight, lower, upper);
    }
}
