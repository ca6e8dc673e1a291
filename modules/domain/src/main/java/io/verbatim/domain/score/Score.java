package io.verbatim.domain.score;

/**
 * One score for one group, with its base and 95% interval. Values are in the unit of the variant: NPS points, percent,
 * or scale points for a mean.
 *
 * @param group "all", a breakdown value, or a period such as {@code 2024-03}
 * @param n valid answers in the denominator (blanks and out-of-scale answers excluded)
 * @param value the score; NaN when n is 0
 * @param ciLow lower end of the 95% interval
 * @param ciHigh upper end of the 95% interval
 * @param standardError standard error of the value, in the same unit, used for significance tests
 * @param effectiveN the Kish effective sample size (Σw)²/Σw² of a weighted score, which its interval and tests use;
 *     equal to n when unweighted
 */
public record Score(
        String group, long n, double value, double ciLow, double ciHigh, double standardError, double effectiveN) {

    /** The group label used for a whole dataset. */
    public static final String ALL = "all";

    /** An unweighted score, whose effective sample size is its n. */
    public Score(String group, long n, double value, double ciLow, double ciHigh, double standardError) {
        this(group, n, value, ciLow, ciHigh, standardError, n);
    }

    /** Half the width of the 95% interval ("± margin"). */
    public double margin() {
        return (ciHigh - ciLow) / 2;
    }

    public boolean isEmpty() {
        return n == 0;
    }
}
