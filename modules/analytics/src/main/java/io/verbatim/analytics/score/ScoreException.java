package io.verbatim.analytics.score;

/** A score that cannot honestly be computed (no such question, NPS on a non-0–10 scale, ...); the message says why. */
public class ScoreException extends RuntimeException {

    public ScoreException(String message) {
        super(message);
    }
}
