package io.verbatim.analytics.weight;

/** Weights that cannot honestly be made (a target with no respondents, raking that does not converge); says why. */
public class WeightingException extends RuntimeException {

    public WeightingException(String message) {
        super(message);
    }
}
