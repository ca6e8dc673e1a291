package io.verbatim.analytics.driver;

import java.util.Objects;

/**
 * One candidate driver: a name and one numeric value per row, NaN where the row has no value. A rating question gives
 * its answer codes; a text topic will give 1 where a comment mentions it and 0 where it does not ({@link #indicator}),
 * so topics become drivers without a new code path.
 *
 * @param name the driver's name as shown
 * @param values one value per row; NaN = missing (the row is left out of the model)
 */
public record Driver(String name, double[] values) {

    public Driver {
        Objects.requireNonNull(name, "name");
        values = values.clone();
    }

    /** A 0/1 driver, e.g. "the comment mentions delivery". */
    public static Driver indicator(String name, boolean[] present) {
        double[] values = new double[present.length];
        for (int row = 0; row < present.length; row++) {
            values[row] = present[row] ? 1 : 0;
        }
        return new Driver(name, values);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    double value(int row) {
        return values[row];
    }

    int rows() {
        return values.length;
    }
}
