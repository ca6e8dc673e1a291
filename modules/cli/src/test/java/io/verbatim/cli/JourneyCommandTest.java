package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim journey}: create from a template, bind stages, show their scores as score prints them, delete. */
class JourneyCommandTest {

    @TempDir
    Path workspace;

    private CliRun cli;

    @BeforeEach
    void importGoldenSurvey() throws URISyntaxException {
        cli = new CliRun(workspace);
        Path golden =
                Path.of(getClass().getResource("/golden/golden_survey.csv").toURI());
        CliRun.Result result = cli.run("import", golden.toString(), "--dataset", "golden");
        assertThat(result.code()).as(result.err()).isZero();
    }

    @Test
    void aMapFromATemplateIsBoundShownWithScoresEqualToScoreAndDeleted() {
        CliRun.Result created = cli.run("journey", "new", "--template", "online-purchase", "--language", "ru");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out())
                .contains("Created journey map 'Онлайн-покупка'")
                .contains("6 stages and 8 lanes");
        JsonNode listed = cli.json("journey", "list");
        assertThat(listed).hasSize(1);
        String id = listed.get(0).get("id").asText();

        CliRun.Result bound = cli.run(
                "journey",
                "bind",
                "Онлайн-покупка",
                "--stage",
                "1",
                "--dataset",
                "golden",
                "--metric",
                "nps",
                "--filter",
                "Region=North");
        assertThat(bound.code()).as(bound.err()).isZero();
        assertThat(bound.out()).startsWith("Stage 'Поиск' of 'Онлайн-покупка': NPS ");
        assertThat(cli.run("journey", "bind", id, "--stage", "Доставка", "--dataset", "golden", "--metric", "csat")
                        .code())
                .isZero();

        JsonNode shown = cli.json("journey", "show", id);
        JsonNode score = cli.json("score", "--dataset", "golden", "--metric", "nps", "--filter", "Region=North")
                .get("groups")
                .get(0);
        JsonNode search = shown.get("stages").get(0);
        assertThat(search.get("name").asText()).isEqualTo("Поиск");
        assertThat(search.get("n").asLong()).isEqualTo(score.get("n").asLong());
        assertThat(search.get("value").doubleValue())
                .isEqualTo(score.get("value").doubleValue());
        assertThat(search.get("ci_low").doubleValue())
                .isEqualTo(score.get("ci_low").doubleValue());
        assertThat(search.get("ci_high").doubleValue())
                .isEqualTo(score.get("ci_high").doubleValue());
        assertThat(shown.get("stages").get(3).get("binding").get("metric").asText())
                .isEqualTo("csat");
        assertThat(shown.get("stages").get(1).has("binding")).isFalse();

        CliRun.Result text = cli.run("journey", "show", id);
        assertThat(text.code()).as(text.err()).isZero();
        System.out.print(text.out());
        // CSAT over the whole golden survey: 130/200 = 65.0% with a Wilson interval [58.2, 71.3] (ScoreCommandTest)
        assertThat(text.out())
                .contains("1. Поиск")
                .contains("4. Доставка")
                .contains("CSAT 65.0% ± 6.6  [58.2, 71.3]  n=200")
                .contains("golden: Region=North")
                .contains("not bound to data");

        CliRun.Result deleted = cli.run("journey", "delete", id);
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(cli.json("journey", "list")).isEmpty();
    }

    @Test
    void aBindingScoreWouldRefuseIsRefusedInOneLineNamingTheStage() {
        assertThat(cli.run("journey", "new", "Поддержка", "--stages", "Обращение, Решение")
                        .code())
                .isZero();
        CliRun.Result badFilter = cli.run(
                "journey",
                "bind",
                "Поддержка",
                "--stage",
                "2",
                "--dataset",
                "golden",
                "--metric",
                "nps",
                "--filter",
                "Channel=app");
        assertThat(badFilter.code()).isEqualTo(1);
        assertThat(badFilter.err().strip())
                .startsWith("cannot bind: Stage «Решение»: ")
                .contains("Channel")
                .doesNotContain("\n")
                .doesNotContain("Exception");
        CliRun.Result noStage =
                cli.run("journey", "bind", "Поддержка", "--stage", "7", "--dataset", "golden", "--metric", "nps");
        assertThat(noStage.code()).isEqualTo(1);
        assertThat(noStage.err()).contains("no stage '7'").contains("1-2");
        CliRun.Result noMap = cli.run("journey", "show", "Нет такой");
        assertThat(noMap.code()).isEqualTo(1);
        assertThat(noMap.err()).contains("no journey map 'Нет такой'").contains("verbatim journey list");
        CliRun.Result noTemplate = cli.run("journey", "new", "--template", "car-loan");
        assertThat(noTemplate.code()).isEqualTo(1);
        assertThat(noTemplate.err()).contains("online-purchase");
    }
}
