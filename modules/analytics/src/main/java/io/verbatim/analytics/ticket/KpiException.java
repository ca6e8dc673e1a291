package io.verbatim.analytics.ticket;

/** A ticket KPI that cannot honestly be computed from this dataset; the message says what is missing and what to do. */
public class KpiException extends RuntimeException {

    public KpiException(String message) {
        super(message);
    }
}
