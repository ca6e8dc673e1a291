package io.verbatim.ingest.preset;

import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.ScaleDirection;

/**
 * A question written the way {@code import --role} and a mapping's {@code roles} read it: {@code nps:0-10},
 * {@code ces:1-7:reversed}, or {@code none} for a column that is not a rating question. Saved presets use it so that
 * what the analyst sees in a preset is what they would have typed.
 */
public final class RoleSpec {

    /** The value for "not a rating question". */
    public static final String NONE = "none";

    private RoleSpec() {}

    public static String of(Question question) {
        if (question == null) {
            return NONE;
        }
        String spec = question.role().wireName() + ":" + question.scale().min() + "-"
                + question.scale().max();
        return question.direction() == ScaleDirection.LOWER_IS_BETTER ? spec + ":reversed" : spec;
    }
}
