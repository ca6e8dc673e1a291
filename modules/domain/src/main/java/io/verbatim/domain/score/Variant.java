package io.verbatim.domain.score;

import java.util.Locale;

/**
 * Which variant of a score is shown; tools disagree (CSAT top-2 vs mean, CES mean vs % agree), so every figure says
 * which one it is.
 */
public enum Variant {
    /** % top group − % bottom group, in points from −100 to +100 (NPS, eNPS). */
    NET_SCORE,
    /** % of valid answers in the top box: CSAT 4–5 of 5 (6–7 of 7), CES "agree" 5–7 of 7 (4–5 of 5). */
    TOP_BOX_PERCENT,
    /** Mean of valid codes, on the question's own scale. */
    MEAN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Variant fromWire(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
