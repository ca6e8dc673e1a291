package io.verbatim.app.journey;

import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The geometry of the EMOTIONS lane, free of JavaFX nodes: one point per stage at the middle of its column, the felt
 * curve from the stages' hand-drawn values and the derived curve from the evidence, both on the -2..+2 scale with +2 at
 * the top. A stage with no value leaves a gap; each curve is drawn as its runs of consecutive points.
 *
 * @param columnWidth the width of a stage column
 * @param height the height of the lane
 * @param padding the space above +2 and below -2
 */
public record EmotionCurve(double columnWidth, double height, double padding) {

    /** Hand-drawn values snap to quarters: a workshop's "a bit better" needs no more precision. */
    static final double STEP = 0.25;

    /** A point of a curve in the lane's coordinates. */
    public record Point(String stageId, double x, double y) {}

    public List<List<Point>> felt(JourneyMap map) {
        List<OptionalDouble> values = new ArrayList<>();
        for (Stage stage : map.stages()) {
            values.add(stage.feltEmotionIfAny());
        }
        return runs(map, values);
    }

    public List<List<Point>> derived(JourneyMap map, JourneyEvidence evidence) {
        List<OptionalDouble> values = new ArrayList<>();
        for (Stage stage : map.stages()) {
            values.add(
                    evidence.forStage(stage).map(e -> e.derivedEmotionIfAny()).orElse(OptionalDouble.empty()));
        }
        return runs(map, values);
    }

    /** The y of an emotion. */
    public double y(double emotion) {
        double usable = height - 2 * padding;
        return padding + (Stage.MAX_EMOTION - emotion) / (Stage.MAX_EMOTION - Stage.MIN_EMOTION) * usable;
    }

    /** The emotion a click at {@code y} means, clamped to the scale and snapped to a quarter. */
    public double emotionAt(double y) {
        double usable = height - 2 * padding;
        double raw = Stage.MAX_EMOTION - (y - padding) / usable * (Stage.MAX_EMOTION - Stage.MIN_EMOTION);
        double snapped = Math.round(raw / STEP) * STEP;
        return Math.max(Stage.MIN_EMOTION, Math.min(Stage.MAX_EMOTION, snapped));
    }

    /** The index of the stage whose column holds {@code x}, clamped to the map's stages; -1 when there are none. */
    public int stageAt(double x, int stages) {
        if (stages == 0) {
            return -1;
        }
        return (int) Math.max(0, Math.min(stages - 1, Math.floor(x / columnWidth)));
    }

    private List<List<Point>> runs(JourneyMap map, List<OptionalDouble> values) {
        List<List<Point>> runs = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            OptionalDouble value = values.get(i);
            if (value.isPresent()) {
                double clamped = Math.max(Stage.MIN_EMOTION, Math.min(Stage.MAX_EMOTION, value.getAsDouble()));
                run.add(new Point(map.stages().get(i).id(), (i + 0.5) * columnWidth, y(clamped)));
            } else if (!run.isEmpty()) {
                runs.add(List.copyOf(run));
                run.clear();
            }
        }
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
        return runs;
    }
}
