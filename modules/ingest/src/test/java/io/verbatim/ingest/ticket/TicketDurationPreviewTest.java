package io.verbatim.ingest.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.TestFiles;
import io.verbatim.ingest.preset.ColumnMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import wizard sees of duration columns before anything is written (ADR 0020). */
class TicketDurationPreviewTest {

    @TempDir
    Path temp;

    private final TicketImporter importer = new TicketImporter();

    @Test
    void thePreviewShowsTheMinutesColumnsAfterTheExportsOwn() {
        ImportPreview preview = importer.preview(
                TestFiles.resource("tickets/durations/freshdesk_durations.csv"), ImportOptions.defaults(), 3);

        List<Column> columns = preview.columns();
        Column reply = column(columns, "first_reply_minutes");
        Column resolution = column(columns, "resolution_minutes");
        assertThat(reply.position()).isEqualTo(18);
        assertThat(resolution.position()).isEqualTo(19);
        assertThat(reply.type()).isEqualTo(ValueType.NUMBER);
        // 2.5 h, 0.31 h, 02:30:00
        assertThat(preview.rows()).extracting(row -> row.get(18)).containsExactly("150", "18.6", "150");
        assertThat(preview.rows()).extracting(row -> row.get(13)).containsExactly("2.5", "0.31", "02:30:00");
    }

    @Test
    void aMinutesColumnTheFileAlreadyHasIsKeptAndNotComputedAgain() throws Exception {
        Path file = Files.writeString(
                temp.resolve("freshdesk_with_minutes.csv"),
                """
                Ticket ID,Subject,Status,Priority,Source,Agent,Group,Created time,First response time (in hrs),\
                Resolution time (in hrs),First reply time (min)
                1,Refund,Closed,High,Email,Maria,Billing,2024-05-06 09:00:00,2.5,8.5,170
                """);

        ImportPreview preview = importer.preview(file, ImportOptions.defaults(), 1);

        assertThat(preview.columns())
                .extracting(Column::key)
                .containsOnlyOnce("first_reply_minutes")
                .contains("resolution_minutes")
                .doesNotContain("first_reply_minutes_2");
        List<String> row = preview.rows().getFirst();
        assertThat(row.get(column(preview.columns(), "first_reply_minutes").position()))
                .isEqualTo("170");
        assertThat(row.get(column(preview.columns(), "resolution_minutes").position()))
                .isEqualTo("510");
    }

    @Test
    void aMappingThatSkipsTheRawColumnLeavesNoMinutesColumnForIt() {
        ColumnMapping skipHours =
                new ColumnMapping(null, Map.of(), Map.of(), null, null, List.of("First response time (in hrs)"), false);

        ImportPreview preview = importer.preview(
                TestFiles.resource("tickets/durations/freshdesk_durations.csv"),
                ImportOptions.defaults().withMapping(skipHours),
                1);

        assertThat(preview.columns())
                .extracting(Column::key)
                .doesNotContain("first_reply_minutes", "First response time (in hrs)")
                .contains("resolution_minutes");
    }

    private static Column column(List<Column> columns, String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }
}
