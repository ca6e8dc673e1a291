package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --weights} end to end on a 100-row survey built as the hand-solved raking example of
 * RimWeightingTest: men in Москва 20 (answer 8), men in Казань 30 (10), women in Москва 40 (0), women in Казань 10
 * (9). Targets Gender M .4 / F .6 and Region .5 / .5 give weights .5, 1, 1, 2 (n_eff = 100²/115 = 86.957).
 *
 * <p>Unweighted: P 40, D 40 → NPS 0. Weighted: promoters 30·1 + 10·2 = 50, passives 20·.5 = 10, detractors 40 of
 * Σw = 100 → NPS +10; Var = .5 + .4 − .1² = .89; SE = √(.89/86.957) = 10.117 points. n_eff < 100, so the adjusted
 * Wald interval on effective counts: P 43.478 + .75, Pa 8.696 + 1.5, D 34.783 + .75, n' = 89.957;
 * NPS' = 8.696/89.957 = .096668; Var' = 79.761/89.957 − .096668² = .877312; SE' = √(.877312/89.957) = .098755;
 * .096668 ± 1.959964·.098755 → [−9.69, 29.02].
 */
class ScoreWeightsCommandTest {

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void importSurvey() throws IOException {
        cli = new CliRun(dir.resolve("workspace"));
        StringBuilder csv = new StringBuilder("ResponseId,Region,Gender,Weight,How likely are you to recommend us?\n");
        appendRows(csv, 20, "Москва", "M", "0.5", 8);
        appendRows(csv, 30, "Казань", "M", "1", 10);
        appendRows(csv, 40, "Москва", "F", "1", 0);
        appendRows(csv, 10, "Казань", "F", "2", 9);
        Path file = Files.writeString(dir.resolve("survey.csv"), csv, StandardCharsets.UTF_8);
        CliRun.Result imported = cli.run("import", file.toString(), "--dataset", "panel");
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    @Test
    void rimWeightsFromATargetsFileGiveTheHandComputedWeightedNps() throws IOException {
        Path targets = write(
                "rim.json",
                """
                {"Gender": {"M": 0.4, "F": 0.6}, "Region": {"Москва": 0.5, "Казань": 0.5}}
                """);

        JsonNode json = cli.json("score", "--dataset", "panel", "--metric", "nps", "--weights", targets.toString());

        JsonNode all = json.get("groups").get(0);
        assertThat(all.get("n").asLong()).isEqualTo(100);
        assertThat(all.get("value").asDouble()).isCloseTo(10.0, within(0.001));
        assertThat(all.get("effective_n").asDouble()).isCloseTo(86.957, within(0.001));
        assertThat(all.get("ci_low").asDouble()).isCloseTo(-9.69, within(0.01));
        assertThat(all.get("ci_high").asDouble()).isCloseTo(29.02, within(0.01));
        JsonNode weighting = json.get("weighting");
        assertThat(weighting.get("efficiency").asDouble()).isCloseTo(0.86957, within(0.00001));
        assertThat(weighting.get("min_weight").asDouble()).isCloseTo(0.5, within(1e-5));
        assertThat(weighting.get("max_weight").asDouble()).isCloseTo(2.0, within(1e-5));
        assertThat(weighting.get("max_margin_error").asDouble()).isLessThan(1e-6);
        assertThat(json.get("definition").asText()).contains("weighted").contains("Kish");
    }

    @Test
    void cellTargetsAndAWeightColumnGiveTheSameWeights() throws IOException {
        Path cells = write(
                "cells.json",
                """
                {"cells": [
                  {"Gender": "M", "Region": "Москва", "share": 0.1},
                  {"Gender": "M", "Region": "Казань", "share": 0.3},
                  {"Gender": "F", "Region": "Москва", "share": 0.4},
                  {"Gender": "F", "Region": "Казань", "share": 0.2}
                ]}
                """);

        JsonNode byCells = cli.json("score", "--dataset", "panel", "--metric", "nps", "--weights", cells.toString());
        JsonNode byColumn = cli.json("score", "--dataset", "panel", "--metric", "nps", "--weight-column", "Weight");

        for (JsonNode json : new JsonNode[] {byCells, byColumn}) {
            JsonNode all = json.get("groups").get(0);
            assertThat(all.get("value").asDouble()).isCloseTo(10.0, within(0.001));
            assertThat(all.get("effective_n").asDouble()).isCloseTo(86.957, within(0.001));
        }
    }

    @Test
    void textShowsTheEffectiveNAndTheEfficiency() throws IOException {
        Path targets = write(
                "rim.json",
                """
                {"Gender": {"M": 40, "F": 60}, "Region": {"Москва": 50, "Казань": 50}}
                """);

        CliRun.Result result =
                cli.run("score", "--dataset", "panel", "--metric", "nps", "--weights", targets.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("(net-score, weighted)")
                .contains("n=100 eff.n=87.0")
                .contains("effective n = 87.0 of 100 (efficiency 87.0%)")
                .contains("rim weighting by raking over Gender, Region");
    }

    @Test
    void aTargetWithoutRespondentsIsAOneLineError() throws IOException {
        Path targets = write(
                "bad.json",
                """
                {"Region": {"Москва": 0.4, "Казань": 0.4, "Омск": 0.2}}
                """);

        CliRun.Result result =
                cli.run("score", "--dataset", "panel", "--metric", "nps", "--weights", targets.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("cannot weight: the target Region = 'Омск' (20.0%) has no respondents")
                .hasLineCount(1);
    }

    @Test
    void aTargetsFileNamingAnUnknownColumnIsAOneLineError() throws IOException {
        Path targets = write("age.json", """
                {"Age": {"18-34": 0.5, "35+": 0.5}}
                """);

        CliRun.Result result =
                cli.run("score", "--dataset", "panel", "--metric", "nps", "--weights", targets.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("'Age'").contains("no such column").hasLineCount(1);
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private static void appendRows(StringBuilder csv, int count, String region, String gender, String w, int nps) {
        for (int i = 0; i < count; i++) {
            csv.append("R")
                    .append(csv.length())
                    .append(',')
                    .append(region)
                    .append(',')
                    .append(gender)
                    .append(',');
            csv.append(w).append(',').append(nps).append('\n');
        }
    }
}
