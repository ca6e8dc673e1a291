package io.verbatim.analytics.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.cube.CubeCache;
import io.verbatim.analytics.cube.FilterExpression;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import org.junit.jupiter.api.Test;

/** A stage's score, verbatims and derived emotion on a table small enough to count by hand. */
class JourneyEvidenceCalculatorTest {

    private static final String LONG_COMPLAINT = "Курьер опоздал на два часа и не позвонил заранее";
    private static final String LONG_PRAISE = "Доставили вовремя, курьер вежливый и аккуратный";

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    /*
     * row:    1     2     3     4     5     6     7     8
     * stage:  buy   buy   buy   buy   ship  ship  ship  ship
     * nps:    10    9     2     10    0     3     10    ""
     * csat:   5     4     4     2     1     2     5     3
     * ces:    7     6     5     7     1     2     4     ""
     * comment: see below
     */
    private final Dataset shop = repository
            .survey("shop")
            .question("nps", "Recommend?", question(MetricRole.NPS, 0, 10), "10|9|2|10|0|3|10|")
            .question("csat", "Satisfied?", question(MetricRole.CSAT, 1, 5), "5|4|4|2|1|2|5|3")
            .question("ces", "Easy?", question(MetricRole.CES, 1, 7), "7|6|5|7|1|2|4|")
            .text("stage", "buy|buy|buy|buy|ship|ship|ship|ship")
            .text(
                    "comment",
                    "Всё отлично|" + LONG_PRAISE + "|Сайт тормозил при оплате заказа, пришлось ждать| |" + "Ужасно|"
                            + LONG_COMPLAINT + "|" + LONG_PRAISE + "|" + LONG_COMPLAINT.toUpperCase())
            .build();

    private final JourneyEvidenceCalculator calculator = new JourneyEvidenceCalculator(repository, new CubeCache(2));

    @Test
    void aStagesScoreIsTheCubesScoreForItsFilterAndItsEmotionFollowsIt() {
        Stage ship = stage("ship", Metric.NPS, "stage=ship", "comment");
        StageEvidence evidence = calculator.stage(ship);

        Score expected = Cube.of(repository, shop)
                .score(ScoreRequest.of(Metric.NPS), FilterExpression.parse("stage=ship"))
                .groups()
                .getFirst();
        // ship: 0, 3, 10 answered → P = 1, D = 2, n = 3 → NPS = −33.3
        assertThat(evidence.score()).isEqualTo(expected);
        assertThat(evidence.score().n()).isEqualTo(3);
        assertThat(evidence.score().value()).isCloseTo(-33.333, within(0.001));
        assertThat(evidence.derivedEmotion()).isCloseTo(-0.6667, within(0.0001));
        assertThat(evidence.binding()).isEqualTo(ship.binding());
    }

    @Test
    void verbatimsLeanTheStagesWayPreferMidLengthAndAreDistinct() {
        // ship leans negative: the detractors' texts come first, the mid-length one before "Ужасно", the promoter's
        // praise last; the shouted copy of the complaint is the same text and is left out.
        StageEvidence ship = calculator.stage(stage("ship", Metric.NPS, "stage=ship", "comment"));
        assertThat(ship.verbatims()).containsExactly(LONG_COMPLAINT, "Ужасно", LONG_PRAISE);

        // buy leans positive (NPS +50): the promoters' mid-length praise first, the blank row never.
        StageEvidence buy = calculator.stage(stage("buy", Metric.NPS, "stage=buy", "comment"));
        assertThat(buy.verbatims()).first().isEqualTo(LONG_PRAISE);
        assertThat(buy.verbatims()).hasSize(3).doesNotContain("", " ");
        assertThat(buy.verbatims().getLast()).isEqualTo("Сайт тормозил при оплате заказа, пришлось ждать");
    }

    @Test
    void csatAndCesMapToTheEmotionScaleAsDocumented() {
        // CSAT buy: 5, 4, 4, 2 → top-2 = 75% → (75 − 50)/25 = +1
        StageEvidence csat = calculator.stage(stage("buy", Metric.CSAT, "stage=buy", ""));
        assertThat(csat.score().value()).isCloseTo(75.0, within(1e-9));
        assertThat(csat.derivedEmotion()).isCloseTo(1.0, within(1e-9));
        assertThat(csat.verbatims()).isEmpty();
        // CES ship: 1, 2, 4 → mean 7/3 on 1–7 (7 = easy) → (7/3 − 4)/1.5 = −1.111
        StageEvidence ces = calculator.stage(stage("ship", Metric.CES, "stage=ship", ""));
        assertThat(ces.derivedEmotion()).isCloseTo(-1.1111, within(0.0001));
        // CES buy: 7, 6, 5, 7 → mean 6.25 → +1.5
        assertThat(calculator.stage(stage("buy", Metric.CES, "stage=buy", "")).derivedEmotion())
                .isCloseTo(1.5, within(1e-9));
    }

    @Test
    void anEffortScaleWhereLowIsEasyIsTurnedRoundAndExtremesAreClamped() {
        Question effort = new Question(MetricRole.CES, Scale.of(1, 7), ScaleDirection.LOWER_IS_BETTER);
        Score easy = new Score("all", 10, 1.5, 1.2, 1.8, 0.1);
        assertThat(DerivedEmotion.of(Metric.CES, easy, effort, false)).isCloseTo(1.6667, within(0.0001));
        Question nps = question(MetricRole.NPS, 0, 10);
        assertThat(DerivedEmotion.of(Metric.NPS, new Score("all", 5, 100, 90, 100, 1), nps, false))
                .isEqualTo(2.0);
        assertThat(DerivedEmotion.of(Metric.NPS, new Score("all", 0, Double.NaN, 0, 0, 0), nps, false))
                .isNaN();
    }

    @Test
    void aWholeMapHasEvidenceForItsBoundStagesOnly() {
        JourneyMap map = JourneyMap.empty("m", "Покупка")
                .withStage(stage("buy", Metric.NPS, "stage=buy", "comment"))
                .withStage(new Stage("idle", "Ожидание", null, 1.0))
                .withStage(stage("ship", Metric.CSAT, "stage=ship", ""));
        JourneyEvidence evidence = calculator.evidence(map);
        assertThat(evidence.byStage()).containsOnlyKeys("buy", "ship");
        assertThat(evidence.forStage(map.stage("ship").orElseThrow())).isPresent();
    }

    @Test
    void aMapReadsEachColumnOnceHoweverManyStagesUseIt() {
        int before = repository.columnReads();
        new JourneyEvidenceCalculator(repository, new CubeCache(2))
                .stage(stage("buy", Metric.NPS, "stage=buy", "comment"));
        int oneStage = repository.columnReads() - before;
        JourneyMap map = JourneyMap.empty("m", "Покупка")
                .withStage(stage("buy", Metric.NPS, "stage=buy", "comment"))
                .withStage(stage("ship", Metric.NPS, "stage=ship", "comment"))
                .withStage(new Stage("all", "Всё", new Binding("shop", Metric.NPS, "", "", "comment"), null));
        before = repository.columnReads();
        new JourneyEvidenceCalculator(repository, new CubeCache(2)).evidence(map);
        assertThat(repository.columnReads() - before).isEqualTo(oneStage);
    }

    @Test
    void whatCannotBeMeasuredIsAnErrorNamingTheStage() {
        assertThatThrownBy(() ->
                        calculator.stage(new Stage("s", "Доставка", new Binding("nope", Metric.NPS, "", "", ""), null)))
                .isInstanceOf(JourneyEvidenceException.class)
                .hasMessageStartingWith("Stage «Доставка»: ")
                .hasMessageContaining("no dataset named 'nope'")
                .hasMessageContaining("shop");
        assertThatThrownBy(() -> calculator.stage(stage("ship", Metric.NPS, "stage", "")))
                .hasMessageStartingWith("Stage «ship»: ");
        assertThatThrownBy(() -> calculator.stage(stage("ship", Metric.NPS, "region=north", "")))
                .hasMessageStartingWith("Stage «ship»: ")
                .hasMessageContaining("region");
        assertThatThrownBy(() -> calculator.stage(
                        new Stage("s", "Оплата", new Binding("shop", Metric.NPS, "csat", "", ""), null)))
                .hasMessageStartingWith("Stage «Оплата»: ")
                .hasMessageContaining("csat");
        assertThatThrownBy(() -> calculator.stage(stage("ship", Metric.NPS, "", "review")))
                .hasMessageStartingWith("Stage «ship»: ")
                .hasMessageContaining("no text column 'review'");
    }

    private static Stage stage(String name, Metric metric, String filter, String textColumn) {
        return new Stage(name, name, new Binding("shop", metric, "", filter, textColumn), null);
    }

    private static Question question(MetricRole role, int min, int max) {
        return new Question(role, Scale.of(min, max), ScaleDirection.HIGHER_IS_BETTER);
    }
}
