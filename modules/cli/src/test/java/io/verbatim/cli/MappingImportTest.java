package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --mapping FILE}: a mapping names what the header synonyms miss, through a real H2 workspace. */
class MappingImportTest {

    /** A Russian help desk whose headers no synonym knows. */
    static final String RU_TICKETS =
            """
            Заявка;Открыто;Реакция;Завершено;Примечание
            A-1;04.03.2024 09:12;04.03.2024 09:30;04.03.2024 11:38;срочно
            A-2;05.03.2024 10:05;05.03.2024 12:00;06.03.2024 16:20;
            A-3;13.03.2024 08:00;;13.03.2024 09:00;повтор
            """;

    static final String RU_MAPPING =
            """
            {
              "kind": "tickets",
              "fields": {"id": "Заявка", "created_at": "Открыто", "first_reply_at": "Реакция",
                         "closed_at": "Завершено"},
              "time_zone": "Europe/Moscow",
              "skip": ["Примечание"]
            }
            """;

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
    void withoutAMappingNoSynonymFindsTheTicketFields() throws IOException {
        cli.json("import", "--kind", "tickets", write("ru.csv", RU_TICKETS).toString());

        assertThat(cells("ru")).doesNotContainKeys("created_at", "first_reply_at", "closed_at");
    }

    @Test
    void aMappingNamesTheFieldsSkipsAColumnAndPlacesTimesInItsZone() throws IOException {
        JsonNode imported = cli.json(
                "import",
                write("ru.csv", RU_TICKETS).toString(),
                "--mapping",
                write("ru.json", RU_MAPPING).toString());

        assertThat(imported.get(0).get("kind").asText()).isEqualTo("tickets");
        Map<String, List<String>> cells = cells("ru");
        assertThat(cells.keySet()).containsExactly("id", "created_at", "first_reply_at", "closed_at");
        assertThat(cells.get("id")).containsExactly("A-1", "A-2", "A-3");
        assertThat(cells.get("created_at"))
                .containsExactly("2024-03-04T09:12:00+03:00", "2024-03-05T10:05:00+03:00", "2024-03-13T08:00:00+03:00");
        assertThat(cells.get("first_reply_at"))
                .containsExactly("2024-03-04T09:30:00+03:00", "2024-03-05T12:00:00+03:00", "");
        assertThat(types("ru"))
                .containsEntry("created_at", ValueType.DATETIME)
                .containsEntry("first_reply_at", ValueType.DATETIME)
                .containsEntry("closed_at", ValueType.DATETIME);
    }

    @Test
    void slashDatesAreDecidedByTheDataUnlessTheMappingSaysOtherwise() throws IOException {
        String header = "Ticket ID,Created at,Status,Priority,Assignee\n";
        Path decided =
                write("decided.csv", header + "1,05/03/2024 10:00,open,low,Ann\n2,13/03/2024 11:00,open,low,Ann\n");
        Path ambiguous =
                write("ambiguous.csv", header + "1,05/03/2024 10:00,open,low,Ann\n2,06/03/2024 11:00,open,low,Ann\n");
        Path dotted = write("dotted.csv", header + "1,05.03.2024 10:00,open,low,Ann\n");
        Path dayFirst = write("dmy.json", "{\"date_order\": \"DMY\"}");

        cli.json("import", decided.toString(), ambiguous.toString(), dotted.toString());
        cli.json("import", ambiguous.toString(), "--dataset", "ambiguous-dmy", "--mapping", dayFirst.toString());

        assertThat(cells("decided").get("created_at")).containsExactly("2024-03-05T10:00:00", "2024-03-13T11:00:00");
        assertThat(cells("ambiguous").get("created_at")).containsExactly("2024-05-03T10:00:00", "2024-06-03T11:00:00");
        assertThat(cells("dotted").get("created_at")).containsExactly("2024-03-05T10:00:00");
        assertThat(cells("ambiguous-dmy").get("created_at"))
                .containsExactly("2024-03-05T10:00:00", "2024-03-06T11:00:00");
    }

    @Test
    void aDateOrderTheDataContradictsIsRefusedAtTheCell() throws IOException {
        Path file = write("t.csv", "Ticket ID,Created at,Status,Priority,Assignee\n1,13/03/2024 11:00,open,low,Ann\n");
        Path monthFirst = write("mdy.json", "{\"kind\": \"tickets\", \"date_order\": \"MDY\"}");

        CliRun.Result result = cli.run("import", file.toString(), "--mapping", monthFirst.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("t.csv:2:2: ")
                .contains("date_order")
                .hasLineCount(1);
        assertThat(cli.json("datasets")).isEmpty();
    }

    @Test
    void excelSerialNumbersInACsvDateColumnAreDates() throws IOException {
        String csv = "Ticket ID,Created at,Status,Priority,Assignee\n1,45356.5,open,low,Ann\n2,45357,open,low,Ann\n";
        Path file = write("serial.csv", csv);

        cli.json("import", file.toString());
        cli.json(
                "import",
                file.toString(),
                "--dataset",
                "mac",
                "--mapping",
                write("mac.json", "{\"excel_dates\": \"1904\"}").toString());

        assertThat(cells("serial").get("created_at")).containsExactly("2024-03-05T12:00:00", "2024-03-06");
        assertThat(cells("mac").get("created_at")).containsExactly("2028-03-06T12:00:00", "2028-03-07");
    }

    @Test
    void aSurveyMappingSkipsTheColumnsThatMustNotBeStoredAndTheScoresStayTheSame() throws IOException {
        String survey =
                """
                ResponseId,RecordedDate,Email,IPAddress,Region,NPS
                R_1,2025-03-01 10:00:00,anna@example.com,10.0.0.1,Москва,10
                R_2,2025-03-02 11:00:00,boris@example.com,10.0.0.2,Москва,3
                R_3,2025-03-03 12:00:00,,10.0.0.3,Berlin,9
                """;
        Path file = write("pulse.csv", survey);
        Path mapping = write("pulse.json", "{\"kind\": \"survey\", \"skip\": [\"Email\", \"ip address\"]}");

        JsonNode imported =
                cli.json("import", file.toString(), "--mapping", mapping.toString(), "--save-preset", "pulse");

        assertThat(imported.get(0).get("rows").asInt()).isEqualTo(3);
        Map<String, List<String>> cells = cells("pulse");
        assertThat(cells.keySet()).containsExactly("ResponseId", "RecordedDate", "Region", "NPS");
        assertThat(cells.get("Region")).containsExactly("Москва", "Москва", "Berlin");
        assertThat(cells.toString()).doesNotContain("@example.com").doesNotContain("10.0.0.");
        JsonNode nps = cli.json("score", "--dataset", "pulse", "--metric", "nps");
        assertThat(nps.get("groups").get(0).get("n").asInt()).isEqualTo(3);

        Path next = write("pulse-april.csv", survey.replace("R_", "S_"));
        cli.json("import", next.toString(), "--dataset", "pulse-april");
        assertThat(cells("pulse-april").keySet())
                .as("the preset saved with the skip is applied to the next file of the same shape")
                .containsExactly("ResponseId", "RecordedDate", "Region", "NPS");
    }

    @Test
    void aSurveyMappingSettlesAmbiguousSlashDatesAndPutsLocalTimesInItsZone() throws IOException {
        // Days never pass 12, so the data alone reads these as month-first (US), which is wrong for this team.
        String survey = "ResponseId,Submitted,Started,NPS\nR_1,05/03/2024,2024-03-05 10:15,9\nR_2,06/04/2024,,3\n";
        Path file = write("pulse.csv", survey);
        Path mapping = write(
                "pulse.json", "{\"kind\": \"survey\", \"date_order\": \"DMY\", \"time_zone\": \"Europe/Moscow\"}");

        cli.json("import", file.toString(), "--dataset", "detected");
        cli.json("import", file.toString(), "--dataset", "mapped", "--mapping", mapping.toString());

        assertThat(cells("detected").get("Submitted")).containsExactly("2024-05-03", "2024-06-04");
        assertThat(cells("detected").get("Started")).containsExactly("2024-03-05T10:15:00", "");
        assertThat(cells("mapped").get("Submitted")).containsExactly("2024-03-05", "2024-04-06");
        assertThat(cells("mapped").get("Started")).containsExactly("2024-03-05T10:15:00+03:00", "");
        assertThat(types("mapped")).containsEntry("Submitted", ValueType.DATETIME);
    }

    @Test
    void excelSerialNumbersUnderADateHeaderOfASurveyAreDatesAndOtherFiveDigitNumbersStayNumbers() throws IOException {
        String survey = "ResponseId,RecordedDate,Order total,NPS\nR_1,45356.5,12500,9\nR_2,45357,10990,3\n";
        Path file = write("sheet.csv", survey);

        cli.json("import", file.toString());
        cli.json(
                "import",
                file.toString(),
                "--dataset",
                "mac",
                "--mapping",
                write("mac.json", "{\"kind\": \"survey\", \"excel_dates\": \"1904\"}")
                        .toString());

        assertThat(types("sheet")).containsEntry("RecordedDate", ValueType.DATETIME);
        assertThat(types("sheet")).containsEntry("Order total", ValueType.NUMBER);
        assertThat(cells("sheet").get("RecordedDate")).containsExactly("2024-03-05T12:00:00", "2024-03-06");
        assertThat(cells("sheet").get("Order total")).containsExactly("12500", "10990");
        assertThat(cells("mac").get("RecordedDate")).containsExactly("2028-03-06T12:00:00", "2028-03-07");
        JsonNode nps = cli.json("score", "--dataset", "sheet", "--metric", "nps");
        assertThat(nps.get("groups").get(0).get("n").asInt()).isEqualTo(2);
    }

    @Test
    void aSkippedColumnTheSurveyDoesNotHaveIsRefusedWithTheColumnsThereAre() throws IOException {
        Path file = write("pulse.csv", "ResponseId,NPS\nR_1,10\n");
        Path mapping = write("pulse.json", "{\"kind\": \"survey\", \"skip\": [\"E-mail\"]}");

        CliRun.Result refused = cli.run("import", file.toString(), "--mapping", mapping.toString());

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err().strip())
                .isEqualTo("pulse.csv: the mapping skips the column \"E-mail\", which the file does not have; its"
                        + " columns: ResponseId, NPS");
        try (Workspace open = Workspace.open(workspace)) {
            assertThat(open.datasets().datasets()).isEmpty();
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(files.resolve(name), text);
    }

    /** Column key → its stored cells. */
    private Map<String, List<String>> cells(String dataset) {
        Map<String, List<String>> cells = new LinkedHashMap<>();
        try (Workspace open = Workspace.open(workspace)) {
            Dataset found = open.datasets().dataset(dataset).orElseThrow();
            for (Column column : found.columns()) {
                cells.put(column.key(), List.of(open.datasets().readColumn(found, column)));
            }
        }
        return cells;
    }

    private Map<String, ValueType> types(String dataset) {
        Map<String, ValueType> types = new LinkedHashMap<>();
        try (Workspace open = Workspace.open(workspace)) {
            open.datasets().dataset(dataset).orElseThrow().columns().forEach(c -> types.put(c.key(), c.type()));
        }
        return types;
    }
}
