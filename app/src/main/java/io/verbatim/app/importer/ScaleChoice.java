package io.verbatim.app.importer;

import io.verbatim.domain.dataset.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * A rating scale the user can pick, e.g. 0–10.
 *
 * @param min lowest code
 * @param max highest code
 */
public record ScaleChoice(int min, int max) {

    private static final List<ScaleChoice> COMMON = List.of(
            new ScaleChoice(0, 10),
            new ScaleChoice(1, 10),
            new ScaleChoice(1, 7),
            new ScaleChoice(1, 5),
            new ScaleChoice(0, 5),
            new ScaleChoice(1, 3));

    public static ScaleChoice of(Scale scale) {
        return new ScaleChoice(scale.min(), scale.max());
    }

    /** The common scales, plus {@code detected} when it is an unusual one, so the detection is never lost. */
    public static List<ScaleChoice> choices(ScaleChoice detected) {
        List<ScaleChoice> choices = new ArrayList<>(COMMON);
        if (detected != null && !choices.contains(detected)) {
            choices.add(detected);
        }
        return List.copyOf(choices);
    }

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
