package io.verbatim.domain.score;

/**
 * A two-group significance test.
 *
 * @param first the first group's score
 * @param second the second group's score
 * @param difference first.value − second.value, in the variant's unit
 * @param statistic the test statistic (z, or t for means)
 * @param pValue two-sided p-value
 * @param test the test's name, e.g. "Wald z-test for NPS"
 */
public record Comparison(Score first, Score second, double difference, double statistic, double pValue, String test) {

    /** Significant at the 5% level, two-sided. */
    public boolean significant() {
        return pValue < 0.05;
    }
}
