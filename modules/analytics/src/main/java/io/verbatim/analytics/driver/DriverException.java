package io.verbatim.analytics.driver;

/** A driver model that cannot honestly be fitted (too few rows, a constant driver, duplicated drivers); says why. */
public class DriverException extends RuntimeException {

    public DriverException(String message) {
        super(message);
    }
}
