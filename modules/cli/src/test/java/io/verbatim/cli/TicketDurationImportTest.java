package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help-desk duration columns imported through the command line into a real H2 workspace: the column as exported stays,
 * and a minutes column is added whose label keeps the tool's clock (ADR 0020). Expected minutes are worked out by hand
 * beside each assertion.
 */
class TicketDurationImportTest {

    @TempDir
    Path workspace;

    @TempDir
    Path scratch;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(workspace);
    }

    private static Path sample(String name) {
        return Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/ingest/src/test/resources/tickets/durations")
                .resolve(name);
    }

    @Test
    void freshdeskHoursBecomeMinutesOnTheSlaBusinessClockAndTheHoursStay() {
        Stored stored = importAndRead("freshdesk_durations.csv", "freshdesk");

        // 2.5 h, 0.31 h, 02:30:00, blank, 1,25 h (decimal comma)
        assertThat(stored.cells("first_reply_minutes")).containsExactly("150", "18.6", "150", "", "75");
        // 8.5 h, 1.75 h, 18:30:00, blank, blank
        assertThat(stored.cells("resolution_minutes")).containsExactly("510", "105", "1110", "", "");
        assertThat(stored.cells("First response time (in hrs)")).containsExactly("2.5", "0.31", "02:30:00", "", "1,25");
        assertThat(stored.column("first_reply_minutes").type()).isEqualTo(ValueType.NUMBER);
        assertThat(stored.column("first_reply_minutes").label())
                .startsWith("First response time (in hrs), in minutes")
                .contains("business hours");
    }

    @Test
    void intercomSecondsAndClockTimesBecomeMinutesAndTheFileDurationIsNotReplacedByTheTimestamps() {
        Stored stored = importAndRead("intercom_durations.csv", "intercom");

        // 155 s = 2 min 35 s; 1800 s; blank; 00:13:32 = 13 min 32 s
        assertThat(stored.cells("first_reply_minutes")).containsExactly("2.5833", "30", "", "13.5333");
        // 2400 s; 4h 10m 30s; blank; 15:58:30
        assertThat(stored.cells("resolution_minutes")).containsExactly("40", "250.5", "", "958.5");
        // conversation 2 was created at 06:00 and first answered at 09:30 (210 calendar minutes), but Intercom
        // counted 30 office-hours minutes: the file's duration is kept, the timestamps are kept beside it
        assertThat(stored.cells("first_reply_at").get(1)).startsWith("2024-06-03T09:30");
        assertThat(stored.cells("Time to first response")).containsExactly("155", "1800", "", "00:13:32");
        assertThat(stored.column("resolution_minutes").label()).contains("Intercom office hours");
    }

    @Test
    void jiraSlaTimersBecomeMinutesLeftToTheGoalNotReplyTimes() {
        Stored stored = importAndRead("jira_sm_durations.csv", "jira-sm");

        // 2h 30m left; breached by 1h 5m; 25m left; no SLA
        assertThat(stored.cells("first_response_sla_remaining_minutes")).containsExactly("150", "-65", "25", "");
        // 5h 5m; breached by 2h; 1d 4h = 28 h; no SLA
        assertThat(stored.cells("resolution_sla_remaining_minutes")).containsExactly("305", "-120", "1680", "");
        assertThat(stored.keys()).doesNotContain("first_reply_minutes", "resolution_minutes");
        assertThat(stored.cells("Time to first response")).containsExactly("2h 30m", "-1h 5m", "25m", "");
        assertThat(stored.column("resolution_sla_remaining_minutes").label())
                .contains("negative when breached")
                .contains("SLA's calendar");
    }

    @Test
    void jiraMillisecondsAreMinutesAndTimeToResolutionIsNotTakenForTheSolvedDate() {
        Stored stored = importAndRead("jira_sm_sla_millis.csv", "jira-sm");

        // 5 400 000 ms = 90 min; 600 000 ms = 10 min
        assertThat(stored.cells("first_response_sla_remaining_minutes")).containsExactly("90", "10");
        // -1 500 000 ms = breached by 25 min
        assertThat(stored.cells("resolution_sla_remaining_minutes")).containsExactly("-25", "");
        assertThat(stored.keys()).doesNotContain("solved_at").contains("Time to resolution");
    }

    @Test
    void aDurationCellThatIsNotADurationRefusesTheFileOnOneLineAndNothingIsImported() throws Exception {
        List<String> lines = Files.readAllLines(sample("freshdesk_durations.csv"));
        lines.set(3, lines.get(3).replace(",02:30:00,", ",about two hours,"));
        Path broken = Files.write(scratch.resolve("freshdesk_broken.csv"), lines);

        CliRun.Result result = cli.run("import", broken.toString());

        assertThat(result.code()).isNotZero();
        assertThat(result.err().strip())
                .startsWith("freshdesk_broken.csv:4:14: column \"First response time (in hrs)\" is read as a duration"
                        + " for first_reply_minutes")
                .contains("\"about two hours\"")
                .doesNotContain("\n");
        assertThat(cli.json("datasets")).isEmpty();
    }

    private Stored importAndRead(String file, String layout) {
        var imported = cli.json("import", sample(file).toString());
        assertThat(imported.get(0).get("layout").asText()).isEqualTo(layout);
        String name = file.substring(0, file.lastIndexOf('.'));
        try (Workspace opened = Workspace.open(workspace)) {
            Dataset dataset = opened.datasets().dataset(name).orElseThrow();
            Map<String, List<String>> cells = new LinkedHashMap<>();
            for (Column column : dataset.columns()) {
                cells.put(column.key(), List.of(opened.datasets().readColumn(dataset, column)));
            }
            return new Stored(dataset, cells);
        }
    }

    private record Stored(Dataset dataset, Map<String, List<String>> byKey) {

        List<String> cells(String key) {
            assertThat(byKey).containsKey(key);
            return byKey.get(key);
        }

        Column column(String key) {
            return dataset.column(key).orElseThrow();
        }

        List<String> keys() {
            return List.copyOf(byKey.keySet());
        }
    }
}
