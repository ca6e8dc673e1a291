package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chart --kind trend} on a mention dataset draws mentions per day and marks the days the spike rule flags: the
 * same days {@code mentions --metric spikes} lists.
 */
class ChartMentionTrendTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 3, 1);

    @TempDir
    Path workspace;

    @TempDir
    Path files;

    @Test
    void theSpikeDayIsMarkedOnTheTrend() throws Exception {
        CliRun cli = new CliRun(workspace);
        List<String> lines = new ArrayList<>(List.of("Date,Source,Author,Text,URL,Sentiment"));
        int n = 0;
        for (int day = 0; day < 45; day++) {
            // A steady 18–22 a day, and 90 on day 30.
            int count = day == 30 ? 90 : 18 + day % 5;
            for (int i = 0; i < count; i++, n++) {
                lines.add(FIRST_DAY.plusDays(day) + " 10:00,vk.com,user" + n % 31 + ",кофе утро " + n
                        + ",https://example.com/" + n + ",neutral");
            }
        }
        Path csv = Files.write(files.resolve("mentions.csv"), lines, StandardCharsets.UTF_8);
        assertThat(cli.run("import", csv.toString(), "--kind", "mentions", "--dataset", "coffee")
                        .code())
                .isZero();
        var spikes = cli.json("mentions", "--dataset", "coffee", "--metric", "spikes")
                .get("series")
                .get(0)
                .get("spikes");
        assertThat(spikes).hasSize(1);
        assertThat(spikes.get(0).get("period").asText())
                .isEqualTo(FIRST_DAY.plusDays(30).toString());

        Path svg = files.resolve("trend.svg");
        CliRun.Result result =
                cli.run("chart", "--dataset", "coffee", "--kind", "trend", "--out", svg.toString(), "--lang", "ru");

        assertThat(result.code()).as(result.err()).isZero();
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains("Упоминания по дням", "всплеск: 90", "95% полоса шума");
        assertThat(text.split("всплеск: 90", -1)).hasSize(2);
        assertThat(text).doesNotContain("всплеск: 1", "всплеск: 2").doesNotContain("малая база");
    }
}
