package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code import} without {@code --kind} on ticket and mention tables, through a real H2 workspace. */
class TicketAndMentionImportTest {

    @TempDir
    Path workspace;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(workspace);
    }

    /** The ingest module's own samples (ours, in the repository). */
    private static Path sample(String relative) {
        return Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/ingest/src/test/resources")
                .resolve(relative);
    }

    @ParameterizedTest(name = "{0} is imported as {1} in the {2} layout with {3} rows")
    @CsvSource(
            textBlock =
                    """
            tickets/zendesk_view_export.csv,    tickets,  zendesk-csv, 8
            tickets/freshdesk_tickets.csv,      tickets,  freshdesk,   6
            tickets/jira_sm_export.csv,         tickets,  jira-sm,     5
            tickets/intercom_conversations.csv, tickets,  intercom,    5
            tickets/tickets_ru_1251.csv,        tickets,  tickets-ru,  5
            mentions/youscan_mentions.csv,      mentions, youscan,     6
            mentions/brand24_mentions.csv,      mentions, brand24,     5
            mentions/brandwatch_mentions.csv,   mentions, brandwatch,  5
            mentions/talkwalker_mentions.csv,   mentions, talkwalker,  5
            mentions/medialogia_ru.csv,         mentions, medialogia,  5
            """)
    void aSampleIsImportedWithItsKindAndLayoutDetected(String file, String kind, String layout, long rows) {
        JsonNode imported = cli.json("import", sample(file).toString());
        assertThat(imported.get(0).get("kind").asText()).isEqualTo(kind);
        assertThat(imported.get(0).get("layout").asText()).isEqualTo(layout);

        JsonNode datasets = cli.json("datasets");
        assertThat(datasets).hasSize(1);
        assertThat(datasets.get(0).get("kind").asText()).isEqualTo(kind);
        assertThat(datasets.get(0).get("layout").asText()).isEqualTo(layout);
        assertThat(datasets.get(0).get("rows").asLong()).isEqualTo(rows);
    }

    @Test
    void ticketsMentionsAndASurveyLandSideBySideInOneWorkspace() {
        CliRun.Result result = cli.run(
                "import",
                sample("tickets/zendesk_view_export.csv").toString(),
                sample("mentions/youscan_mentions.csv").toString(),
                sample("qualtrics/Beskar Armor.csv").toString());
        assertThat(result.code()).as(result.err()).isZero();

        Map<String, String> kinds = new HashMap<>();
        cli.json("datasets")
                .forEach(d -> kinds.put(d.get("name").asText(), d.get("kind").asText()));
        assertThat(kinds)
                .containsEntry("zendesk_view_export", "tickets")
                .containsEntry("youscan_mentions", "mentions")
                .containsEntry("Beskar Armor", "survey");
    }

    @Test
    void theRealSyntheticTicketsAndTwitterSampleImportWithoutKind() {
        Path tickets = SharedData.require("exports/tickets_synthetic/customer_support_tickets.csv");
        Path twitter = SharedData.require("exports/twitter_support_sample/sample.csv");

        JsonNode imported = cli.json("import", tickets.toString(), twitter.toString());

        assertThat(imported.get(0).get("kind").asText()).isEqualTo("tickets");
        assertThat(imported.get(0).get("layout").asText()).isEqualTo("generic-tickets");
        assertThat(imported.get(0).get("rows").asLong()).isGreaterThan(8_000);
        assertThat(imported.get(1).get("kind").asText()).isEqualTo("mentions");
        assertThat(imported.get(1).get("layout").asText()).isEqualTo("twitter");
    }

    @Test
    void anExplicitKindImportsAnUnknownTableAsGenericTickets() {
        JsonNode imported = cli.json(
                "import",
                "--kind",
                "tickets",
                sample("mentions/youscan_mentions.csv").toString());

        assertThat(imported.get(0).get("kind").asText()).isEqualTo("tickets");
        assertThat(imported.get(0).get("layout").asText()).isEqualTo("generic");
        assertThat(imported.get(0).get("rows").asLong()).isEqualTo(6);
    }
}
