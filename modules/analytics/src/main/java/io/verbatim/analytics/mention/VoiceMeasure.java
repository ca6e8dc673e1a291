package io.verbatim.analytics.mention;

import java.util.Locale;

/** What share of voice weighs each mention by: 1, its reach, or its engagement. */
public enum VoiceMeasure {
    COUNT,
    REACH,
    ENGAGEMENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
