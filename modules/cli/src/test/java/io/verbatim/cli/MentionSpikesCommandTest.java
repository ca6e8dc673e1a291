package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.DiscreteDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 4 of issue 4 once end to end: generated mention CSVs are imported and checked with {@code mentions
 * --metric spikes}. 120 days of Poisson(40) mentions a day (seed 1); the spiked file triples the level on days 30, 64
 * and 98, and on those days adds mentions from {@code otzovik.com} saying "очередь". the default rule (W = 14, k = 4), as in the analytics
 * acceptance test (PlantedSpikesTest explains the choice).
 */
class MentionSpikesCommandTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int[] PLANTED = {30, 64, 98};
    private static final String[] SOURCES = {"twitter.com", "vk.com", "t.me", "news.example.com"};
    private static final String[] WORDS = {"кофе", "latte", "утро", "город", "вкус", "coffee", "menu", "бариста"};

    @TempDir
    Path workspace;

    @TempDir
    Path files;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(workspace);
    }

    @Test
    void theThreePlantedDaysAreTheOnlySpikesAndTheirDriversAreNamed() throws IOException {
        importSeries("spiked", true);

        JsonNode series = cli.json("mentions", "--dataset", "spiked", "--metric", "spikes")
                .get("series")
                .get(0);

        List<String> flagged = new ArrayList<>();
        series.get("spikes").forEach(s -> flagged.add(s.get("period").asText()));
        assertThat(flagged)
                .containsExactly(
                        FIRST_DAY.plusDays(30).toString(),
                        FIRST_DAY.plusDays(64).toString(),
                        FIRST_DAY.plusDays(98).toString());
        assertThat(series.get("periods_checked").asLong()).isEqualTo(120 - 14);
        JsonNode first = series.get("spikes").get(0);
        assertThat(first.get("sources").get("source").get(0).get("value").asText())
                .isEqualTo("otzovik.com");
        assertThat(first.get("words").get(0).get("value").asText()).isEqualTo("очередь");
    }

    @Test
    void aFlatSeriesRaisesNoAlarmAndTheTextSaysSo() throws IOException {
        importSeries("flat", false);

        CliRun.Result result = cli.run("mentions", "--dataset", "flat", "--metric", "spikes");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("all: 0 spikes in 106 days checked (14 days before the first baseline)")
                .contains("mean + 4·SD of the previous 14 days");
    }

    private void importSeries(String name, boolean spiked) throws IOException {
        UniformRandomProvider rng = new SplittableRandom(1)::nextLong;
        DiscreteDistribution.Sampler ordinary = PoissonDistribution.of(40).createSampler(rng);
        DiscreteDistribution.Sampler extra = PoissonDistribution.of(80).createSampler(rng);
        List<String> lines = new ArrayList<>(List.of("Date,Source,Author,Text,URL,Sentiment,Engagement"));
        int n = 0;
        for (int day = 0; day < 120; day++) {
            String date = FIRST_DAY.plusDays(day) + " 12:00";
            int count = ordinary.sample();
            for (int i = 0; i < count; i++, n++) {
                lines.add(row(date, SOURCES[n % SOURCES.length], WORDS[n % WORDS.length] + " " + WORDS[n / 3 % 8], n));
            }
            if (spiked && java.util.Arrays.stream(PLANTED).anyMatch(d -> d == dayOf(date))) {
                int more = extra.sample();
                for (int i = 0; i < more; i++, n++) {
                    lines.add(row(date, "otzovik.com", "очередь " + WORDS[i % WORDS.length], n));
                }
            }
        }
        Path csv = Files.write(files.resolve(name + ".csv"), lines, StandardCharsets.UTF_8);
        CliRun.Result imported = cli.run("import", csv.toString(), "--kind", "mentions", "--dataset", name);
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    private static int dayOf(String date) {
        return (int) (LocalDate.parse(date.substring(0, 10)).toEpochDay() - FIRST_DAY.toEpochDay());
    }

    private static String row(String date, String source, String text, int n) {
        return date + "," + source + ",user" + (n % 97) + "," + text + ",https://example.com/" + n + ",neutral,"
                + n % 5;
    }
}
