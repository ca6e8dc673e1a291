package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mentions} end to end: a YouScan-style CSV is imported into a real H2 workspace and every figure is checked
 * against values worked out by hand from METRICS.md. The fixture (7 mentions, 4–7 March 2024, none on the 6th):
 *
 * <pre>
 * date              source   sentiment  reach    engagement  brand
 * 2024-03-04 09:00  vk.com   positive   100      10          Acme
 * 2024-03-04 12:00  vk.com   negative   300      5           Acme
 * 2024-03-05 10:00  t.me     neutral    (blank)  0           Acme
 * 2024-03-05 11:00  vk.com   positive   600      20          Rival
 * 2024-03-07 08:00  t.me     mixed      200      (blank)     Rival
 * 2024-03-07 09:00  news.ru  negative   800      15          Other
 * 2024-03-07 10:00  news.ru  (blank)    500      50          (blank)
 * </pre>
 */
class MentionsCommandTest {

    private static final String HEADER = "Date,Source,Resource type,Author,Text,URL,Sentiment,Reach,Engagement,Brand";
    private static final String[] ROWS = {
        "2024-03-04 09:00,vk.com,Social network,a1,Acme is great,https://vk.com/1,positive,100,10,Acme",
        "2024-03-04 12:00,vk.com,Social network,a2,Acme is slow,https://vk.com/2,negative,300,5,Acme",
        "2024-03-05 10:00,t.me,Messenger,a3,acme ok,https://t.me/3,neutral,,0,Acme",
        "2024-03-05 11:00,vk.com,Social network,a4,Rival rocks,https://vk.com/4,positive,600,20,Rival",
        "2024-03-07 08:00,t.me,Messenger,a5,rival meh,https://t.me/5,mixed,200,,Rival",
        "2024-03-07 09:00,news.ru,News,a6,other brand,https://news.ru/6,negative,800,15,Other",
        "2024-03-07 10:00,news.ru,News,a7,nothing here,https://news.ru/7,,500,50,"
    };
    private static final double POINTS = 0.005;

    /** One workspace for the class: the commands only read it, and an import costs about a second. */
    @TempDir
    static Path workspace;

    @TempDir
    static Path files;

    private static CliRun cli;

    @BeforeAll
    static void importFixture() throws IOException {
        cli = new CliRun(workspace);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(ROWS));
        Path csv = Files.write(files.resolve("fixture.csv"), lines, StandardCharsets.UTF_8);
        JsonNode imported = cli.json("import", csv.toString(), "--dataset", "m");
        assertThat(imported.get(0).get("kind").asText()).isEqualTo("mentions");
    }

    @Test
    void volumeCountsEveryDayWithReachAndEngagementBlanksApart() {
        JsonNode json = cli.json("mentions", "--dataset", "m", "--metric", "volume");

        JsonNode all = json.get("series").get(0);
        assertThat(all.get("group").asText()).isEqualTo("all");
        List<String> periods = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        all.get("periods").forEach(p -> {
            periods.add(p.get("period").asText());
            counts.add(p.get("mentions").asLong());
        });
        assertThat(periods).containsExactly("2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07");
        assertThat(counts).containsExactly(2L, 2L, 0L, 3L);
        // 5th: reach 600 from one number and one blank; 7th: engagement 15 + 50 = 65 and one blank
        JsonNode fifth = all.get("periods").get(1);
        assertThat(fifth.get("reach").get("sum").asDouble()).isEqualTo(600.0);
        assertThat(fifth.get("reach").get("blank").asLong()).isEqualTo(1);
        assertThat(all.get("periods").get(3).get("engagement").get("sum").asDouble())
                .isEqualTo(65.0);
        // totals: reach 100 + 300 + 600 + 200 + 800 + 500 = 2500 (6 numbers, 1 blank); engagement 100 (6, 1 blank)
        JsonNode total = all.get("total");
        assertThat(total.get("mentions").asLong()).isEqualTo(7);
        assertThat(total.get("reach").get("sum").asDouble()).isEqualTo(2500.0);
        assertThat(total.get("reach").get("counted").asLong()).isEqualTo(6);
        assertThat(total.get("engagement").get("sum").asDouble()).isEqualTo(100.0);
        assertThat(total.get("engagement").get("blank").asLong()).isEqualTo(1);
        assertThat(json.get("definition").asText()).contains("mentions per day").contains("never as 0");
    }

    @Test
    void volumeBySourceSplitsTheSeries() {
        JsonNode json = cli.json("mentions", "--dataset", "m", "--metric", "volume", "--by", "source");

        assertThat(json.get("by").asText()).isEqualTo("source");
        JsonNode vk = json.get("series").get(0);
        assertThat(vk.get("group").asText()).isEqualTo("vk.com");
        assertThat(vk.get("total").get("mentions").asLong()).isEqualTo(3);
        assertThat(json.get("series")).hasSize(3);
    }

    /**
     * 2 positive, 1 neutral, 1 mixed, 2 negative, 1 blank: n = 6, net = (2 − 2)/6 = 0. n < 100, adjusted Wald: P = D =
     * 2.75, n = 9, net' = 0, Var' = 5.5/9 = .61111, SE' = √(.61111/9) = .26058, ± 1.959964·SE' = 51.07 points.
     */
    @Test
    void sentimentIsTheNetShareWithNAndAnInterval() {
        JsonNode all = cli.json("mentions", "--dataset", "m", "--metric", "sentiment")
                .get("groups")
                .get(0);

        assertThat(all.get("n").asLong()).isEqualTo(6);
        assertThat(all.get("value").asDouble()).isCloseTo(0.0, within(POINTS));
        assertThat(all.get("ci_low").asDouble()).isCloseTo(-51.073, within(POINTS));
        assertThat(all.get("ci_high").asDouble()).isCloseTo(51.073, within(POINTS));
        assertThat(all.get("mixed").asLong()).isEqualTo(1);
        assertThat(all.get("blank").asLong()).isEqualTo(1);
    }

    /** Acme 3 of 6 brand mentions = 50%, Wilson [18.76, 81.24]; the unbranded mention is outside the base. */
    @Test
    void shareOfVoiceByCountFromTheBrandColumn() {
        JsonNode json = cli.json("mentions", "--dataset", "m", "--metric", "sov");

        assertThat(json.get("brand_source").asText()).isEqualTo("brand column");
        JsonNode all = json.get("groups").get(0);
        assertThat(all.get("n").asLong()).isEqualTo(6);
        assertThat(all.get("unbranded").asLong()).isEqualTo(1);
        JsonNode acme = all.get("brands").get(0);
        assertThat(acme.get("brand").asText()).isEqualTo("Acme");
        assertThat(acme.get("share").asDouble()).isCloseTo(50.0, within(POINTS));
        assertThat(acme.get("ci_low").asDouble()).isCloseTo(18.762, within(POINTS));
        assertThat(acme.get("ci_high").asDouble()).isCloseTo(81.238, within(POINTS));
    }

    /**
     * Reach: Acme's blank is left out: Acme 400, Rival 800, Other 800 of 2000 → 20%, 40%, 40%. Engagement: Rival's
     * blank is left out, Acme's 0 counts: Acme 15, Rival 20, Other 15 of 50 → 30%, 40%, 30%.
     */
    @Test
    void shareOfVoiceByReachAndByEngagement() {
        JsonNode reach = cli.json("mentions", "--dataset", "m", "--metric", "sov", "--sov-by", "reach")
                .get("groups")
                .get(0);
        assertThat(reach.get("blank_weight").asLong()).isEqualTo(1);
        assertThat(share(reach, "Acme")).isCloseTo(20.0, within(POINTS));
        assertThat(share(reach, "Rival")).isCloseTo(40.0, within(POINTS));

        JsonNode engagement = cli.json("mentions", "--dataset", "m", "--metric", "sov", "--sov-by", "engagement")
                .get("groups")
                .get(0);
        assertThat(share(engagement, "Acme")).isCloseTo(30.0, within(POINTS));
        assertThat(share(engagement, "Rival")).isCloseTo(40.0, within(POINTS));
        assertThat(share(engagement, "Other")).isCloseTo(30.0, within(POINTS));
    }

    @Test
    void keywordBrandsReplaceTheColumnWhenGiven() {
        // "acme" is in rows 1–3, "rival" in rows 4–5: 3 of 5
        JsonNode json = cli.json("mentions", "--dataset", "m", "--metric", "sov", "--brands", "Acme=acme;Rival=rival");
        assertThat(json.get("brand_source").asText()).isEqualTo("keywords in text");
        assertThat(share(json.get("groups").get(0), "Acme")).isCloseTo(60.0, within(POINTS));
    }

    @Test
    void textOutputCarriesTheDefinition() {
        CliRun.Result result = cli.run("mentions", "--dataset", "m", "--metric", "sentiment");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Net sentiment of m")
                .contains("n=6")
                .contains("(low base)")
                .contains("variance formula");
    }

    private static double share(JsonNode group, String brand) {
        for (JsonNode b : group.get("brands")) {
            if (b.get("brand").asText().equals(brand)) {
                return b.get("share").asDouble();
            }
        }
        throw new AssertionError(brand + " not in " + group);
    }
}
