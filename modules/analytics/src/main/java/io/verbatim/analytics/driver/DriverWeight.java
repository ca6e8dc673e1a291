package io.verbatim.analytics.driver;

/**
 * One driver's importance.
 *
 * @param name the driver
 * @param weight Johnson's raw relative weight ε: the share of the outcome's variance this driver accounts for
 * @param percentOfRSquared ε / R² × 100
 * @param ciLow 2.5th bootstrap percentile of ε (NaN without resamples)
 * @param ciHigh 97.5th bootstrap percentile of ε
 * @param correlation the driver's plain correlation with the outcome; its sign says which way the driver pushes
 */
public record DriverWeight(
        String name, double weight, double percentOfRSquared, double ciLow, double ciHigh, double correlation) {}
