package io.verbatim.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmotionCurveTest {

    private final EmotionCurve curve = new EmotionCurve(200, 140, 20);

    @Test
    void plusTwoIsAtTheTopAndMinusTwoAtTheBottomAndAClickReadsBackSnapped() {
        assertThat(curve.y(2)).isEqualTo(20);
        assertThat(curve.y(-2)).isEqualTo(120);
        assertThat(curve.y(0)).isEqualTo(70);
        assertThat(curve.emotionAt(curve.y(1.25))).isEqualTo(1.25);
        assertThat(curve.emotionAt(71)).isEqualTo(0);
        assertThat(curve.emotionAt(-50)).isEqualTo(2);
        assertThat(curve.emotionAt(500)).isEqualTo(-2);
    }

    @Test
    void aStageWithoutAFeltValueSplitsTheCurveIntoRuns() {
        JourneyMap map = JourneyMap.empty("m", "Map")
                .withStage(new Stage("a", "A", null, 1.0))
                .withStage(new Stage("b", "B", null, null))
                .withStage(new Stage("c", "C", null, -1.0))
                .withStage(new Stage("d", "D", null, 0.0));

        List<List<EmotionCurve.Point>> runs = curve.felt(map);

        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).extracting(EmotionCurve.Point::stageId).containsExactly("a");
        assertThat(runs.get(1)).extracting(EmotionCurve.Point::stageId).containsExactly("c", "d");
        assertThat(runs.get(1).get(0).x()).isEqualTo(500);
    }

    @Test
    void theDerivedCurveUsesOnlyEvidenceCurrentForEachStagesBinding() {
        Binding usage = new Binding("survey", Metric.NPS, "", "stage=Usage", "");
        Binding old = new Binding("survey", Metric.NPS, "", "stage=Old", "");
        JourneyMap map = JourneyMap.empty("m", "Map")
                .withStage(new Stage("a", "A", usage, null))
                .withStage(new Stage("b", "B", usage, null));
        Score score = new Score(Score.ALL, 100, 20, 10, 30, 5);
        JourneyEvidence evidence = new JourneyEvidence(Map.of(
                "a", new StageEvidence("a", usage, score, List.of(), 0.4),
                "b", new StageEvidence("b", old, score, List.of(), 0.4)));

        List<List<EmotionCurve.Point>> runs = curve.derived(map, evidence);

        assertThat(runs).hasSize(1);
        assertThat(runs.getFirst()).singleElement().satisfies(p -> {
            assertThat(p.stageId()).isEqualTo("a");
            assertThat(p.y()).isCloseTo(curve.y(0.4), within(1e-9));
        });
    }

    @Test
    void aClickFindsTheStageColumn() {
        assertThat(curve.stageAt(10, 3)).isEqualTo(0);
        assertThat(curve.stageAt(399, 3)).isEqualTo(1);
        assertThat(curve.stageAt(2_000, 3)).isEqualTo(2);
        assertThat(curve.stageAt(10, 0)).isEqualTo(-1);
    }
}
