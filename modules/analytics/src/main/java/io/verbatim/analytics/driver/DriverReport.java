package io.verbatim.analytics.driver;

import java.util.List;
import java.util.Locale;

/**
 * Relative weights of a set of drivers on one outcome, with bootstrap intervals.
 *
 * @param outcome the outcome's name
 * @param rows rows offered
 * @param used complete rows in the model (rows with any missing value are left out)
 * @param rSquared R² of all drivers together
 * @param drivers one entry per driver, largest weight first
 * @param resamples bootstrap resamples asked for
 * @param usedResamples resamples whose model could be fitted (a resample in which a driver has one value cannot)
 * @param seed the bootstrap's random seed; the same seed gives the same intervals
 */
public record DriverReport(
        String outcome,
        long rows,
        long used,
        double rSquared,
        List<DriverWeight> drivers,
        int resamples,
        int usedResamples,
        long seed) {

    public DriverReport {
        drivers = List.copyOf(drivers);
    }

    /** One line saying what the figures are. */
    public String definition() {
        return String.format(
                Locale.ROOT,
                "Johnson's relative weights (2000): each driver's share ε of the outcome's variance, Σε = R²;"
                        + " %% of R² = ε/R²; 95%% CI = bootstrap percentiles of ε over %d resamples (seed %d);"
                        + " rows with any blank left out (n = %d of %d)",
                usedResamples,
                seed,
                used,
                rows);
    }
}
