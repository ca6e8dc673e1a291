package io.verbatim.app.importer;

import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;

/** What a column is to the user: a rating question feeding a score, or no question at all. */
public enum RoleChoice {
    NONE(null, null),
    NPS(MetricRole.NPS, new ScaleChoice(0, 10)),
    ENPS(MetricRole.ENPS, new ScaleChoice(0, 10)),
    CSAT(MetricRole.CSAT, new ScaleChoice(1, 5)),
    CES(MetricRole.CES, new ScaleChoice(1, 7)),
    OTHER(MetricRole.OTHER, new ScaleChoice(1, 5));

    private final MetricRole role;
    private final ScaleChoice usualScale;

    RoleChoice(MetricRole role, ScaleChoice usualScale) {
        this.role = role;
        this.usualScale = usualScale;
    }

    /** The domain role, or null for "not a rating question". */
    public MetricRole role() {
        return role;
    }

    /** The scale this kind of question usually has, proposed when the user picks the role. */
    public ScaleChoice usualScale() {
        return usualScale;
    }

    public static RoleChoice of(Question question) {
        if (question == null) {
            return NONE;
        }
        return switch (question.role()) {
            case NPS -> NPS;
            case ENPS -> ENPS;
            case CSAT -> CSAT;
            case CES -> CES;
            case OTHER -> OTHER;
        };
    }
}
