package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.analytics.cube.CubeCache;
import io.verbatim.analytics.journey.JourneyEvidenceCalculator;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, acceptance 2: a journey map of eight stages, each bound to a different filter of the demo survey (NPS and
 * CSAT mixed), saved in a real H2 workspace and measured by {@link JourneyEvidenceCalculator}, shows for every stage
 * exactly the n, value and 95% interval that {@code verbatim score --format json} prints for the same filter, bit for
 * bit.
 */
class JourneyEvidenceAcceptanceTest {

    @TempDir
    Path workspace;

    @Test
    void everyBoundStageShowsExactlyWhatScorePrintsForItsFilter() {
        Path demo = Path.of(System.getProperty("verbatim.repo.root", "../.."), "resources/demo/demo-survey.csv");
        assertThat(demo).as("the demo survey ships in the repository").exists();
        CliRun cli = new CliRun(workspace);
        CliRun.Result imported = cli.run("import", demo.toString(), "--dataset", "demo");
        assertThat(imported.code()).as(imported.err()).isZero();

        JourneyMap map = JourneyMap.empty("demo-journey", "Телеком: путь клиента")
                .withStage(stage("s1", "Подключение", Metric.NPS, "stage=Onboarding"))
                .withStage(stage("s2", "Подключение в приложении", Metric.CSAT, "stage=Onboarding;channel=app"))
                .withStage(stage("s3", "Пользование", Metric.NPS, "stage=Usage;region=Москва,Санкт-Петербург"))
                .withStage(stage("s4", "Счета", Metric.CSAT, "stage=Billing"))
                .withStage(stage("s5", "Счета, не e-mail", Metric.NPS, "stage=Billing;channel!=email"))
                .withStage(stage("s6", "Поддержка", Metric.CSAT, "stage=Support;date>=2025-07-01"))
                .withStage(stage("s7", "Поддержка за рубежом", Metric.NPS, "stage=Support;region=London,Berlin"))
                .withStage(stage("s8", "Продление", Metric.CSAT, "stage=Renewal;date<2026-01-01"));
        JourneyEvidence evidence;
        try (Workspace opened = Workspace.open(workspace)) {
            opened.journeys().save(map);
            JourneyMap stored = opened.journeys().find("demo-journey").orElseThrow();
            evidence = new JourneyEvidenceCalculator(opened.datasets(), new CubeCache(4)).evidence(stored);
        }

        assertThat(evidence.byStage()).hasSize(8);
        List<String> compared = new ArrayList<>();
        for (Stage stage : map.stages()) {
            StageEvidence stageEvidence = evidence.forStage(stage).orElseThrow();
            Binding binding = stage.binding();
            JsonNode json = cli.json(
                    "score",
                    "--dataset",
                    "demo",
                    "--metric",
                    binding.metric().wireName(),
                    "--filter",
                    binding.filter());
            JsonNode all = json.get("groups").get(0);
            Score score = stageEvidence.score();
            assertThat(score.n()).as(stage.name() + " n").isEqualTo(all.get("n").asLong());
            assertThat(score.value())
                    .as(stage.name() + " value")
                    .isEqualTo(all.get("value").doubleValue());
            assertThat(score.ciLow())
                    .as(stage.name() + " ci_low")
                    .isEqualTo(all.get("ci_low").doubleValue());
            assertThat(score.ciHigh())
                    .as(stage.name() + " ci_high")
                    .isEqualTo(all.get("ci_high").doubleValue());
            assertThat(score.n()).as(stage.name() + " has answers").isGreaterThan(30);
            assertThat(stageEvidence.verbatims())
                    .as(stage.name() + " verbatims")
                    .hasSize(3);
            assertThat(stageEvidence.derivedEmotionIfAny())
                    .as(stage.name() + " emotion")
                    .isPresent();
            compared.add(stage.name() + ": " + binding.metric().wireName() + " " + score.value() + " [" + score.ciLow()
                    + ", " + score.ciHigh() + "] n=" + score.n());
        }
        assertThat(compared.stream()
                        .map(line -> line.substring(line.indexOf(": ") + 2))
                        .distinct())
                .as("eight different filters give eight different scores")
                .hasSize(8);
        System.out.println("journey evidence equals score for 8 stages:\n  " + String.join("\n  ", compared));
        evidence.byStage()
                .values()
                .forEach(e ->
                        System.out.printf("  %s emotion %.2f: %s%n", e.stageId(), e.derivedEmotion(), e.verbatims()));
        assertThat(Files.exists(workspace.resolve("workspace.mv.db"))).isTrue();
    }

    private static Stage stage(String id, String name, Metric metric, String filter) {
        return new Stage(id, name, new Binding("demo", metric, "", filter, "comment"), null);
    }
}
