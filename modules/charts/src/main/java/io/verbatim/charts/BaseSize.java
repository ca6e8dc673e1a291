package io.verbatim.charts;

import io.verbatim.domain.score.Score;

/**
 * When a group's base is too small to read on its own. Thirty answers is the usual CX reporting floor: below it a
 * score's 95% interval is so wide that ranking the group against others misleads, so charts draw it differently.
 */
public final class BaseSize {

    /** Groups and periods with fewer answers than this are marked as a low base. */
    public static final long LOW = 30;

    private BaseSize() {}

    public static boolean isLow(Score score) {
        return score.n() < LOW;
    }
}
