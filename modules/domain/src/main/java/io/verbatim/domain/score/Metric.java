package io.verbatim.domain.score;

import io.verbatim.domain.dataset.MetricRole;
import java.util.Locale;

/** The survey scores Verbatim computes; each is fed by questions of one {@link MetricRole}. */
public enum Metric {
    NPS(MetricRole.NPS, Variant.NET_SCORE),
    ENPS(MetricRole.ENPS, Variant.NET_SCORE),
    CSAT(MetricRole.CSAT, Variant.TOP_BOX_PERCENT),
    CES(MetricRole.CES, Variant.MEAN);

    private final MetricRole role;
    private final Variant defaultVariant;

    Metric(MetricRole role, Variant defaultVariant) {
        this.role = role;
        this.defaultVariant = defaultVariant;
    }

    public MetricRole role() {
        return role;
    }

    /** NPS and eNPS in points, CSAT as top-2-box %, CES as the mean (ARCHITECTURE.md, command-line contract). */
    public Variant defaultVariant() {
        return defaultVariant;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code nps}, {@code enps}, {@code csat}, {@code ces} in any case. */
    public static Metric fromWire(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
