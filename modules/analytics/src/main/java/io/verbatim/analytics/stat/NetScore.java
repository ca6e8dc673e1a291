package io.verbatim.analytics.stat;

/**
 * A net score: the mean of +1/0/−1 per answer (% positive − % negative as a fraction), with its standard error and 95%
 * interval. NPS (promoters/passives/detractors) and mention net sentiment (positive/neutral/negative) are both this
 * arithmetic, so they share one tested place for the variance formula of METRICS.md and for the small-sample interval.
 *
 * <p>Var = p<sub>+</sub> + p<sub>−</sub> − (p<sub>+</sub> − p<sub>−</sub>)², SE = √(Var/n). The interval is Wald (net ±
 * 1.96·SE) when n ≥ {@value #WALD_MINIMUM_N}, at least {@value #WALD_MINIMUM_OUTSIDE} answers lie outside each
 * extreme and at least as many are not neutral; otherwise it is the adjusted Wald interval of Rocks (2016): add 0.75 negative, 1.5 neutral and 0.75 positive
 * pseudo-answers and take the Wald interval around that adjusted estimate. The value and SE always come from the plain
 * answers, so tables compare with the plain Wald z-test.
 *
 * @param value the net score as a fraction in [−1, 1]; NaN when n is 0
 * @param standardError SE of the value, as a fraction
 * @param interval 95% interval as fractions, clipped to [−1, 1] and widened to hold the value
 * @param n answers counted (positive + neutral + negative)
 */
public record NetScore(double value, double standardError, ConfidenceInterval interval, long n) {

    /** Below this many answers Wald undercovers; the adjusted interval is used. */
    public static final int WALD_MINIMUM_N = 100;

    /** Fewer non-positive (or non-negative) answers than this puts the score near ±1, where Wald's SE collapses. */
    public static final int WALD_MINIMUM_OUTSIDE = 5;

    private static final double PSEUDO_NEGATIVE = 0.75;
    private static final double PSEUDO_NEUTRAL = 1.5;
    private static final double PSEUDO_POSITIVE = 0.75;

    /** The net score of these counts; with no answers the value, SE and interval are NaN. */
    public static NetScore of(long positive, long neutral, long negative) {
        return of((double) positive, (double) neutral, (double) negative);
    }

    /**
     * The net score of counts that may be fractional: a weighted sample's shares times its effective size (Kish's
     * n_eff), so that the variance formula and the small-sample rule see the information the sample really holds.
     * {@link #n} is then the effective size rounded.
     */
    public static NetScore of(double positive, double neutral, double negative) {
        double n = positive + neutral + negative;
        if (n == 0) {
            return new NetScore(Double.NaN, Double.NaN, ConfidenceInterval.undefined(), 0);
        }
        double net = net(positive, negative, n);
        double standardError = Math.sqrt(variance(positive, negative, n) / n);
        ConfidenceInterval interval = useWald(n, positive, negative)
                ? ConfidenceInterval.wald(net, standardError)
                : adjustedWald(positive, neutral, negative);
        // The adjusted interval is centred on a shrunk estimate; for n = 1 it can miss the plain value, which reads
        // as a bug on screen, so the interval is widened to hold it.
        return new NetScore(net, standardError, interval.clip(-1, 1).including(net), Math.round(n));
    }

    /**
     * Wald is trusted only with enough answers and at least a few answers on each side of the extremes; the second
     * conditions catch "98 of 100 are positive" and "all neutral", where Var ≈ 0 gives a falsely exact interval.
     */
    static boolean useWald(double n, double positive, double negative) {
        return n >= WALD_MINIMUM_N
                && n - positive >= WALD_MINIMUM_OUTSIDE
                && n - negative >= WALD_MINIMUM_OUTSIDE
                && positive + negative >= WALD_MINIMUM_OUTSIDE;
    }

    private static ConfidenceInterval adjustedWald(double positive, double neutral, double negative) {
        double p = positive + PSEUDO_POSITIVE;
        double d = negative + PSEUDO_NEGATIVE;
        double n = p + d + neutral + PSEUDO_NEUTRAL;
        return ConfidenceInterval.wald(net(p, d, n), Math.sqrt(variance(p, d, n) / n));
    }

    private static double net(double positive, double negative, double n) {
        return (positive - negative) / n;
    }

    /** Variance of the +1/0/−1 scores; clamped because rounding can give −1e−17 when every answer agrees. */
    private static double variance(double positive, double negative, double n) {
        double pP = positive / n;
        double pD = negative / n;
        return Math.max(0, pP + pD - (pP - pD) * (pP - pD));
    }
}
