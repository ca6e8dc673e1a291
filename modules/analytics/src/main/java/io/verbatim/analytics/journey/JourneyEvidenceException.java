package io.verbatim.analytics.journey;

import io.verbatim.analytics.score.ScoreException;

/**
 * A stage's binding that cannot be measured (unknown dataset, question or column, a filter that cannot be read). The
 * message starts with the stage's name, so the analyst knows which stage to fix.
 */
public final class JourneyEvidenceException extends ScoreException {

    private static final long serialVersionUID = 1L;

    public JourneyEvidenceException(String message) {
        super(message);
    }
}
