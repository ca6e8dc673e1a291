package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.analytics.dashboard.DrillDown;
import io.verbatim.analytics.dashboard.DurationHistogram;
import io.verbatim.analytics.dashboard.MentionDashboardQuery;
import io.verbatim.analytics.dashboard.MentionDashboardResult;
import io.verbatim.analytics.dashboard.RateBar;
import io.verbatim.analytics.dashboard.TicketDashboardData;
import io.verbatim.analytics.dashboard.TicketDashboardQuery;
import io.verbatim.analytics.dashboard.TicketDashboardResult;
import io.verbatim.analytics.dashboard.TicketDashboardSettings;
import io.verbatim.analytics.dashboard.TicketTile;
import io.verbatim.analytics.mention.PeriodCheck;
import io.verbatim.analytics.mention.SentimentRow;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.JobContext;
import io.verbatim.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ticket and mention dashboards' numbers equal {@code verbatim kpi} and {@code verbatim mentions} on the same rows:
 * a filter to one channel against {@code kpi --by channel}'s row for it, the unfiltered dashboard against the plain
 * commands, both on real H2 workspaces.
 */
class DashboardKindsTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    @Test
    void ticketTilesUnderAChannelFilterEqualKpiBrokenDownByChannel() {
        CliRun cli = new CliRun(dir.resolve("w"));
        Path file = Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/cli/src/test/resources/tickets/ru_holiday_tickets.csv");
        assertThat(cli.run("import", file.toString(), "--dataset", "ru", "--kind", "tickets")
                        .code())
                .isZero();
        TicketDashboardQuery query = tickets("ru", List.of("channel", "priority"));

        TicketDashboardResult email = query.compute(DashboardFilters.none().with("channel", Set.of("email")), null);
        JsonNode frt = cli.json("kpi", "--dataset", "ru", "--metric", "frt", "--by", "channel");
        JsonNode row = row(frt.get("durations"), "email", "clock", "business");
        TicketTile median = email.tile(TicketTile.Kind.FIRST_REPLY_MEDIAN);
        assertThat(median.clock()).isEqualTo("business");
        assertThat(median.n()).isEqualTo(row.get("n").asLong()).isPositive();
        assertThat(median.value()).isCloseTo(row.get("median_minutes").asDouble(), within(EPS));
        assertThat(email.tile(TicketTile.Kind.FIRST_REPLY_MEAN).value())
                .isCloseTo(row.get("mean_minutes").asDouble(), within(EPS));
        DurationHistogram histogram = email.firstReply().orElseThrow();
        assertThat(histogram.n()).isEqualTo(median.n());
        assertThat(histogram.buckets().stream()
                        .mapToLong(DurationHistogram.Bucket::count)
                        .sum())
                .isEqualTo(median.n());

        TicketDashboardResult all = query.compute(DashboardFilters.none(), "channel");
        JsonNode sla = cli.json(
                "kpi",
                "--dataset",
                "ru",
                "--metric",
                "sla",
                "--by",
                "channel",
                "--sla",
                TicketDashboardSettings.DEFAULT_SLA);
        JsonNode slaAll = row(sla.get("rates"), "all", "variant", "business");
        TicketTile slaTile = all.tile(TicketTile.Kind.SLA);
        assertThat(slaTile.n()).isEqualTo(slaAll.get("n").asLong());
        assertThat(slaTile.value()).isCloseTo(slaAll.get("rate").asDouble(), within(EPS));
        assertThat(slaTile.low()).isCloseTo(slaAll.get("ci_low").asDouble(), within(EPS));
        for (RateBar bar : all.slaBars()) {
            JsonNode expected = row(sla.get("rates"), bar.group(), "variant", "business");
            assertThat(bar.hits())
                    .as(bar.group())
                    .isEqualTo(expected.get("hits").asLong());
            assertThat(bar.n()).as(bar.group()).isEqualTo(expected.get("n").asLong());
        }
        assertThat(all.slaBars()).extracting(RateBar::group).contains("email", "chat", "phone");
        assertThat(all.weeks()).isNotEmpty();
        assertThat(all.weeks().stream().mapToLong(w -> w.tickets()).sum()).isEqualTo(all.rows());
        assertThat(all.rows()).isEqualTo(8);
    }

    @Test
    void ticketDrillDownsListTheTicketsBehindABarAPointAndABucket() {
        CliRun cli = new CliRun(dir.resolve("w"));
        Path file = Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/cli/src/test/resources/tickets/ru_holiday_tickets.csv");
        cli.run("import", file.toString(), "--dataset", "ru", "--kind", "tickets");
        TicketDashboardQuery query = tickets("ru", List.of("channel"));
        TicketDashboardResult all = query.compute(DashboardFilters.none(), "channel");

        DrillDown email = query.group(DashboardFilters.none(), "channel", "email");
        assertThat(email.rows()).isEqualTo((int) all.slaBars().stream()
                .filter(b -> b.group().equals("email"))
                .findFirst()
                .orElseThrow()
                .n());
        assertThat(email.verbatims()).allSatisfy(v -> assertThat(v.score()).isEqualTo("email"));

        String firstWeek = all.weeks().getFirst().week();
        DrillDown week = query.week(DashboardFilters.none(), firstWeek);
        assertThat((long) week.rows()).isEqualTo(all.weeks().getFirst().tickets());

        DurationHistogram histogram = all.firstReply().orElseThrow();
        for (int b = 0; b < histogram.buckets().size(); b++) {
            assertThat((long) query.bucket(DashboardFilters.none(), true, b).rows())
                    .isEqualTo(histogram.buckets().get(b).count());
        }
    }

    @Test
    void ticketsOfTheSyntheticExportUnderAFilterEqualKpi() {
        Path export = SharedData.require("exports/tickets_synthetic/customer_support_tickets.csv");
        CliRun cli = new CliRun(dir.resolve("w"));
        assertThat(cli.run("import", export.toString(), "--dataset", "t", "--kind", "tickets")
                        .code())
                .isZero();
        // The export has no creation time: time from first response to resolution, on the custom profile's clock.
        TicketDashboardQuery query = new TicketDashboardQuery(
                tickets("t", List.of("channel")).table(),
                TicketDashboardSettings.defaults().clock("first_reply_at", "solved_at"));
        JsonNode frt = cli.json(
                "kpi",
                "--dataset",
                "t",
                "--metric",
                "resolution",
                "--by",
                "channel",
                "--profile",
                "custom",
                "--start",
                "first_reply_at",
                "--end",
                "solved_at");
        String channel = frt.get("durations").get(2).get("group").asText();
        JsonNode expected = frt.get("durations").get(2);

        TicketDashboardResult result = query.compute(DashboardFilters.none().with("channel", Set.of(channel)), null);

        TicketTile resolution = result.tile(TicketTile.Kind.RESOLUTION_MEDIAN);
        JsonNode row = row(frt.get("durations"), channel, "clock", resolution.clock());
        assertThat(row.get("group").asText()).isEqualTo(expected.get("group").asText());
        assertThat(resolution.n()).isEqualTo(row.get("n").asLong()).isPositive();
        assertThat(resolution.value()).isCloseTo(row.get("median_minutes").asDouble(), within(1e-6));
        assertThat(result.resolution().orElseThrow().n()).isEqualTo(resolution.n());
        assertThat(query.compute(DashboardFilters.none(), null)
                        .tile(TicketTile.Kind.REPEAT)
                        .problem())
                .isEqualTo(cli.run("kpi", "--dataset", "t", "--metric", "repeat")
                        .err()
                        .strip());
    }

    @Test
    void mentionWidgetsEqualTheMentionsCommand() throws IOException {
        CliRun cli = new CliRun(dir.resolve("w"));
        Path csv = mentionsCsv(dir.resolve("mentions.csv"));
        JsonNode imported = cli.json("import", csv.toString(), "--dataset", "m");
        assertThat(imported.get(0).get("kind").asText()).isEqualTo("mentions");
        MentionDashboardQuery query = mentions("m", List.of("source", "brand"));

        MentionDashboardResult result = query.compute(DashboardFilters.none(), "source");

        JsonNode volume = cli.json("mentions", "--dataset", "m", "--metric", "volume");
        List<Long> expected = new ArrayList<>();
        volume.get("series")
                .get(0)
                .get("periods")
                .forEach(p -> expected.add(p.get("mentions").asLong()));
        assertThat(result.volume().orElseThrow().series().getFirst().cells())
                .extracting(c -> c.mentions())
                .containsExactlyElementsOf(expected);
        JsonNode spikes = cli.json("mentions", "--dataset", "m", "--metric", "spikes");
        List<String> spikeDays = new ArrayList<>();
        spikes.get("series")
                .get(0)
                .get("spikes")
                .forEach(s -> spikeDays.add(s.get("period").asText()));
        assertThat(result.spikes().orElseThrow().series().getFirst().checks().stream()
                        .filter(PeriodCheck::spike)
                        .map(PeriodCheck::period))
                .containsExactlyElementsOf(spikeDays)
                .contains("2024-03-25");
        JsonNode sov = cli.json("mentions", "--dataset", "m", "--metric", "sov");
        JsonNode acme = sov.get("groups").get(0).get("brands").get(0);
        assertThat(result.share()
                        .orElseThrow()
                        .groups()
                        .getFirst()
                        .brands()
                        .getFirst()
                        .share())
                .isCloseTo(acme.get("share").asDouble(), within(EPS));
        JsonNode sentiment = cli.json("mentions", "--dataset", "m", "--metric", "sentiment", "--by", "source");
        List<SentimentRow> rows = result.sentiment().orElseThrow().rows();
        assertThat(rows).hasSize(sentiment.get("groups").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode group = sentiment.get("groups").get(i);
            assertThat(rows.get(i).score().group()).isEqualTo(group.get("group").asText());
            assertThat(rows.get(i).score().value()).isCloseTo(group.get("value").asDouble(), within(EPS));
            assertThat(rows.get(i).score().n()).isEqualTo(group.get("n").asLong());
        }
        assertThat(result.top()).isNotEmpty();
        assertThat(result.topColumn()).isEqualTo("author");
    }

    @Test
    void mentionFiltersKeepTheirRowsAndADayDrillsDown() throws IOException {
        CliRun cli = new CliRun(dir.resolve("w"));
        cli.json("import", mentionsCsv(dir.resolve("mentions.csv")).toString(), "--dataset", "m");
        MentionDashboardQuery query = mentions("m", List.of("source", "brand"));
        DashboardFilters march20 = DashboardFilters.none().withPeriod(LocalDate.of(2024, 3, 20), null);

        MentionDashboardResult late = query.compute(march20.with("source", Set.of("vk.com")), "source");

        assertThat(late.rows()).isEqualTo(11 + 14); // days 20-30 once each on vk.com, plus the 25th's 14 vk.com extras
        DrillDown spike = query.day(DashboardFilters.none(), "2024-03-25");
        assertThat(spike.rows()).isEqualTo(3 + 40);
        assertThat(spike.verbatims()).allSatisfy(v -> assertThat(v.date()).isEqualTo("2024-03-25"));
        assertThat(query.day(march20, "2024-03-10").rows()).isZero();
        assertThat(query.group(DashboardFilters.none(), "brand", "Rival").verbatims())
                .allSatisfy(v -> assertThat(v.text()).contains("Rival"));
    }

    /** 30 days, three mentions a day (one per source), and 40 more on the 25th: a spike. */
    private static Path mentionsCsv(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Date,Source,Resource type,Author,Text,URL,Sentiment,Reach,Engagement,Brand");
        String[] sources = {"vk.com", "t.me", "news.ru"};
        String[] sentiments = {"positive", "neutral", "negative"};
        int id = 0;
        for (int day = 1; day <= 30; day++) {
            int count = day == 25 ? 43 : 3;
            for (int i = 0; i < count; i++) {
                String brand = i % 3 == 1 ? "Rival" : "Acme";
                lines.add(String.format(
                        "2024-03-%02d 10:%02d,%s,Social network,a%d,%s mention %d,https://x.ru/%d,%s,100,5,%s",
                        day, i % 60, sources[i % 3], id % 7, brand, id, id, sentiments[(id / 3 + i) % 3], brand));
                id++;
            }
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private TicketDashboardQuery tickets(String name, List<String> segments) {
        try (Workspace workspace = Workspace.open(dir.resolve("w"))) {
            Dataset dataset = WorkspaceOptions.requireDataset(workspace, name);
            return new TicketDashboardQuery(
                    TicketDashboardData.tickets(workspace.datasets(), dataset, segments, JobContext.none()),
                    TicketDashboardSettings.defaults());
        }
    }

    private MentionDashboardQuery mentions(String name, List<String> segments) {
        try (Workspace workspace = Workspace.open(dir.resolve("w"))) {
            Dataset dataset = WorkspaceOptions.requireDataset(workspace, name);
            Map<String, String[]> cells =
                    TicketDashboardData.mentions(workspace.datasets(), dataset, segments, JobContext.none());
            return new MentionDashboardQuery(name, Math.toIntExact(dataset.rows()), cells);
        }
    }

    private static JsonNode row(JsonNode rows, String group, String field, String value) {
        for (JsonNode row : rows) {
            if (row.get("group").asText().equals(group)
                    && row.get(field).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row " + group + "/" + value + " in " + rows);
    }
}
