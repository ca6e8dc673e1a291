package io.verbatim.cli.journey;

import io.verbatim.analytics.cube.CubeCache;
import io.verbatim.analytics.journey.JourneyEvidenceCalculator;
import io.verbatim.analytics.journey.JourneyEvidenceException;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.Variant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The measured stages of a map, each either its evidence or the one-line reason it cannot be measured, so that one
 * broken binding does not hide the others; and a score written as {@code score} writes it.
 */
final class StageScores {

    /** A stage's evidence, or the reason there is none. */
    record Outcome(StageEvidence evidence, String error) {}

    private StageScores() {}

    /** The outcome of every bound stage, by stage id, in stage order. */
    static Map<String, Outcome> of(DatasetRepository datasets, JourneyMap map) {
        JourneyEvidenceCalculator calculator = new JourneyEvidenceCalculator(datasets, new CubeCache(4));
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Stage stage : map.stages()) {
            if (stage.binding() != null) {
                try {
                    outcomes.put(stage.id(), new Outcome(calculator.stage(stage), null));
                } catch (JourneyEvidenceException e) {
                    outcomes.put(stage.id(), new Outcome(null, e.getMessage()));
                }
            }
        }
        return outcomes;
    }

    /** {@code 13.2 ± 6.5 [6.7, 19.6] n=607}, with two decimals for a mean as {@code score} prints it. */
    static String text(StageEvidence evidence) {
        Score score = evidence.score();
        if (score.isEmpty()) {
            return "no valid answers";
        }
        int decimals = evidence.binding().metric().defaultVariant() == Variant.MEAN ? 2 : 1;
        String number = "%." + decimals + "f";
        String suffix = evidence.binding().metric().defaultVariant() == Variant.TOP_BOX_PERCENT ? "%%" : "";
        return String.format(
                Locale.ROOT,
                number + suffix + " ± " + number + "  [" + number + ", " + number + "]  n=%d",
                score.value(),
                score.margin(),
                score.ciLow(),
                score.ciHigh(),
                score.n());
    }

    /** A double for JSON, which has no NaN. */
    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
