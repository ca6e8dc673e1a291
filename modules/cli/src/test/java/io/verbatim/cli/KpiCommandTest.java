package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kpi} end to end on a real H2 workspace with ru_holiday_tickets.csv (eight tickets living through Russian
 * holidays). First reply times in business minutes on the Russian calendar (09:00–18:00 Moscow), by hand:
 *
 * <pre>
 * #1 Fri 27.12.2024 17:00 → Thu 09.01.2025 10:00: 60 + Sat 28.12 worked 540 + 60 = 660 (30.12–08.01 off)
 * #2 Fri 07.03.2025 16:30 (short day, ends 17:00) → Mon 10.03 09:45: 30 + 45 = 75
 * #3 Wed 30.04.2025 15:00 (short) → Mon 05.05 11:00: 120 + 120 = 240 (1–2 May off, 3–4 weekend)
 * #4 Fri 31.10.2025 17:30 → Sat 01.11 10:00 (a worked Saturday): 30 + 60 = 90
 * #5 Tue 11.06.2024 11:00 MSK (08:00Z, short) → Thu 13.06 10:00 MSK: 360 + 60 = 420 (12 June off)
 * #6 Sat 28.12.2024 10:00 MSK (12:00+05) → 12:00 MSK, a worked Saturday: 120
 * #7 Thu 07.03.2024 17:00 (short, already over) → Mon 11.03 09:10: 10 (8 March off)
 * #8 never answered
 * sorted 10, 75, 90, 120, 240, 420, 660: n 7, mean 1615/7 = 230.714286, median 120, p90 (h = 5.4) 420 + .4·240 = 516
 * </pre>
 */
class KpiCommandTest {

    @TempDir
    Path workspace;

    private CliRun cli;

    @BeforeEach
    void importFixture() {
        cli = new CliRun(workspace);
        Path file = Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/cli/src/test/resources/tickets/ru_holiday_tickets.csv");
        CliRun.Result result = cli.run("import", file.toString(), "--dataset", "ru", "--kind", "tickets");
        assertThat(result.code()).as(result.err()).isZero();
    }

    @Test
    void firstReplyBusinessTimeOnTheRussianCalendarEqualsTheHandComputedValues() {
        JsonNode json = cli.json("kpi", "--dataset", "ru", "--metric", "frt", "--calendar", "ru");
        JsonNode business = json.get("durations").get(1);
        assertThat(business.get("clock").asText()).isEqualTo("business");
        assertThat(business.get("n").asLong()).isEqualTo(7);
        assertThat(business.get("mean_minutes").asDouble()).isCloseTo(1615 / 7.0, within(1e-6));
        assertThat(business.get("median_minutes").asDouble()).isCloseTo(120, within(1e-6));
        assertThat(business.get("p90_minutes").asDouble()).isCloseTo(516, within(1e-6));
        assertThat(json.get("profile").asText()).isEqualTo("zendesk");
        assertThat(json.get("definition").toString()).contains("Russian production calendar");
    }

    @Test
    void textOutputCarriesTheFiguresAndTheirDefinition() {
        CliRun.Result result = cli.run("kpi", "--dataset", "ru", "--metric", "frt", "--calendar", "ru");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("First reply time of ru (profile zendesk)")
                .containsPattern("all\\s+business\\s+n=7\\s+mean\\s+3\\.85 h\\s+median\\s+2\\.00 h\\s+p90\\s+8\\.60 h")
                .contains("clocks: calendar = elapsed time; business = working time on Russian production calendar")
                .contains(
                        "median and p90 interpolate between sorted values (type 7, as Excel PERCENTILE.INC)",
                        "1 ticket without first_reply_at left out (not answered yet)");
    }

    @Test
    void slaTargetsFromAFileAreJudgedOnBothClocks(@TempDir Path folder) throws Exception {
        Path targets =
                Files.writeString(folder.resolve("sla.txt"), "# first reply targets\nurgent=1h\nhigh=4h\n*=8h\n");
        JsonNode json =
                cli.json("kpi", "--dataset", "ru", "--metric", "sla", "--sla", targets.toString(), "--calendar", "ru");
        // Business minutes vs target: #1 high 660 > 240 breached; #2 normal 75 ≤ 480 met; #3 240 met; #4 urgent
        // 90 > 60 breached; #5 low 420 met; #6 high 120 met; #7 10 met; #8 unanswered since 03.05.2024 and long
        // past 8 h by the latest time (the reply of #4, 01.11.2025 10:00) → breached. Met 5 of 8.
        // Calendar: #1 13 d breached, #2 65.25 h breached, #3 116 h breached, #4 16.5 h breached, #5 47 h breached,
        // #6 2 h met, #7 88 h 10 min breached, #8 breached → 1 of 8.
        JsonNode calendar = json.get("rates").get(0);
        JsonNode business = json.get("rates").get(1);
        assertThat(calendar.get("hits").asLong()).isEqualTo(1);
        assertThat(calendar.get("breached").asLong()).isEqualTo(7);
        assertThat(business.get("hits").asLong()).isEqualTo(5);
        assertThat(business.get("n").asLong()).isEqualTo(8);
        // Wilson 5/8, z = 1.959964: centre (.625 + z²/16)/(1 + z²/8) = .58445, half .27871 → [.30574, .86316]
        assertThat(business.get("ci_low").asDouble()).isCloseTo(0.30574, within(1e-4));
        assertThat(business.get("ci_high").asDouble()).isCloseTo(0.86316, within(1e-4));
    }

    @Test
    void badInputEndsWithOneLineThatSaysWhatToDo() {
        assertOneLine(
                cli.run("kpi", "--dataset", "ru", "--metric", "fcr"),
                "dataset ru has no replies column; the zendesk profile's first-contact rule needs it");
        assertOneLine(
                cli.run("kpi", "--dataset", "ru", "--metric", "frt", "--calendar", "moon"),
                "--calendar: 'moon' is neither ru, 24x7, weekdays nor a calendar file");
        assertOneLine(
                cli.run("kpi", "--dataset", "ru", "--metric", "sla", "--sla", "high=soon"),
                "SLA target 'high=soon': 'soon' is not a duration");
        assertOneLine(cli.run("kpi", "--dataset", "ru", "--metric", "frt", "--start", "solved_at"), "--profile custom");
        // A value picocli itself refuses is followed by the usage text, as for every command.
        CliRun.Result unknown = cli.run("kpi", "--dataset", "ru", "--metric", "speed");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err())
                .startsWith("Invalid value for option '--metric': unknown metric 'speed'; use frt, resolution, sla,"
                        + " fcr, repeat, reopen, backlog, requester-wait, agent-wait, on-hold");
        assertOneLine(cli.run("kpi", "--dataset", "ru", "--metric", "frt", "--by", "region"), "has no column 'region'");
    }

    @Test
    void anEditedCalendarFileIsRead(@TempDir Path folder) throws Exception {
        Path calendar =
                Files.writeString(folder.resolve("desk.calendar"), "zone Europe/Moscow\nhours mon-sun 00:00-24:00\n");
        JsonNode json = cli.json("kpi", "--dataset", "ru", "--metric", "frt", "--calendar", calendar.toString());
        // Around the clock, business time is elapsed time.
        JsonNode rows = json.get("durations");
        assertThat(rows.get(1).get("mean_minutes").asDouble())
                .isCloseTo(rows.get(0).get("mean_minutes").asDouble(), within(1e-6));
        assertOneLine(
                cli.run(
                        "kpi",
                        "--dataset",
                        "ru",
                        "--metric",
                        "frt",
                        "--calendar",
                        Files.writeString(folder.resolve("bad.calendar"), "zone UTC\nhours mon 9-18\n")
                                .toString()),
                "calendar bad.calendar, line 2: '9' is not a time of day");
    }

    @Test
    void repeatContactsAndBacklogComeFromTheCommandToo() {
        // anna: #1 27.12.2024, #3 30.04.2025; boris: #7 07.03.2024, #2 07.03.2025: no gap within 7 days → 0 of 8.
        // With a 400-day window both later tickets repeat: 2 of 8 tickets, 2 of 6 requesters.
        JsonNode week = cli.json("kpi", "--dataset", "ru", "--metric", "repeat");
        assertThat(week.get("rates").get(0).get("hits").asLong()).isZero();
        JsonNode longWindow = cli.json("kpi", "--dataset", "ru", "--metric", "repeat", "--window", "400d");
        assertThat(longWindow.get("rates").get(0).get("hits").asLong()).isEqualTo(2);
        assertThat(longWindow.get("rates").get(1).get("hits").asLong()).isEqualTo(2);
        assertThat(longWindow.get("rates").get(1).get("n").asLong()).isEqualTo(6);
        JsonNode backlog =
                cli.json("kpi", "--dataset", "ru", "--metric", "backlog", "--period", "week", "--calendar", "ru");
        // First week ends Sunday 10.03.2024 with #7 open (created 07.03, solved 12.03).
        assertThat(backlog.get("backlog").get(0).get("period_end").asText()).isEqualTo("2024-03-10");
        assertThat(backlog.get("backlog").get(0).get("open").asLong()).isEqualTo(1);
    }

    private static void assertOneLine(CliRun.Result result, String message) {
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains(message);
        assertThat(result.err().strip().lines()).hasSize(1);
    }
}
