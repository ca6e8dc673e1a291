package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved presets: {@code --save-preset}, {@code --preset}, the automatic match by header, and refused mappings. */
class PresetImportTest {

    /** Next month's export of the same help desk: same header, other rows. */
    private static final String RU_TICKETS_APRIL =
            """
            Заявка;Открыто;Реакция;Завершено;Примечание
            B-1;01.04.2024 09:00;01.04.2024 09:05;01.04.2024 10:00;
            B-2;02.04.2024 10:00;;02.04.2024 18:00;
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
    void aSavedPresetIsAppliedByItselfToTheNextFileWithTheSameHeader() throws IOException {
        Path march = write("march.csv", MappingImportTest.RU_TICKETS);
        Path mapping = write("ru.json", MappingImportTest.RU_MAPPING);
        CliRun.Result saved =
                cli.run("import", march.toString(), "--mapping", mapping.toString(), "--save-preset", "ru");
        assertThat(saved.code()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("preset ru saved");

        CliRun.Result april =
                cli.run("import", write("april.csv", RU_TICKETS_APRIL).toString());

        assertThat(april.code()).as(april.err()).isZero();
        assertThat(april.out()).startsWith("preset ru applied").contains("april: 2 rows loaded");
        JsonNode datasets = cli.json("datasets");
        assertThat(datasets.findValuesAsText("kind")).containsOnly("tickets");
        JsonNode presets = cli.json("presets");
        assertThat(presets).hasSize(1);
        assertThat(presets.get(0).get("name").asText()).isEqualTo("ru");
        assertThat(presets.get(0).get("kind").asText()).isEqualTo("tickets");
    }

    @Test
    void theSavedPresetIsAMappingFileThatReadsBackTheSame() throws IOException {
        Path march = write("march.csv", MappingImportTest.RU_TICKETS);
        cli.json(
                "import",
                march.toString(),
                "--mapping",
                write("ru.json", MappingImportTest.RU_MAPPING).toString(),
                "--save-preset",
                "ru");

        CliRun.Result shown = cli.run("presets", "--show", "ru");
        Path exported = write("exported.json", shown.out());
        JsonNode imported =
                cli.json("import", march.toString(), "--dataset", "again", "--mapping", exported.toString());

        assertThat(shown.out()).contains("\"created_at\" : \"Открыто\"", "\"time_zone\" : \"Europe/Moscow\"");
        assertThat(imported.get(0).get("rows").asLong()).isEqualTo(3);
        Map<String, String> snapshot = WorkspaceSnapshot.of(workspace);
        assertThat(snapshot.get("again").replaceFirst("rows=3 ", ""))
                .isEqualTo(snapshot.get("march").replaceFirst("rows=3 ", ""));
    }

    @Test
    void aPresetNamedOnTheCommandLineIsAppliedWhateverTheHeader() throws IOException {
        cli.json(
                "import",
                write("march.csv", MappingImportTest.RU_TICKETS).toString(),
                "--mapping",
                write("ru.json", MappingImportTest.RU_MAPPING).toString(),
                "--save-preset",
                "ru");
        String reordered =
                """
                Примечание;Заявка;Открыто;Реакция;Завершено
                ;C-1;01.05.2024 09:00;;01.05.2024 10:00
                """;

        JsonNode imported = cli.json("import", write("may.csv", reordered).toString(), "--preset", "ru");

        assertThat(imported.get(0).get("kind").asText()).isEqualTo("tickets");
        assertThat(imported.get(0).get("preset_applied").isNull()).isTrue();
        CliRun.Result unknown = cli.run("import", write("june.csv", reordered).toString(), "--preset", "nope");
        assertThat(unknown.err())
                .contains("no preset named 'nope'")
                .contains("ru")
                .hasLineCount(1);
    }

    @Test
    void aSurveyPresetRemembersTheRolesTheAnalystConfirmed() throws IOException, URISyntaxException {
        Path golden =
                Path.of(getClass().getResource("/golden/golden_survey.csv").toURI());
        String satisfaction = "Overall, how satisfied are you with Acme?";
        cli.json("import", golden.toString(), "--role", satisfaction + "=none", "--save-preset", "acme");

        JsonNode again = cli.json("import", golden.toString(), "--dataset", "acme-2");

        assertThat(again.get(0).get("preset_applied").asText()).isEqualTo("acme");
        JsonNode questions = java.util.stream.StreamSupport.stream(
                        cli.json("datasets").spliterator(), false)
                .filter(d -> d.get("name").asText().equals("acme-2"))
                .findFirst()
                .orElseThrow()
                .get("questions");
        assertThat(questions.findValuesAsText("role")).containsExactlyInAnyOrder("nps", "ces");
    }

    @Test
    void aMappingNamingAColumnTheFileLacksIsRefusedOnOneLineAndNothingIsStored() throws IOException {
        cli.json("import", write("seed.csv", MappingImportTest.RU_TICKETS).toString(), "--kind", "tickets");
        Map<String, String> before = WorkspaceSnapshot.of(workspace);
        Path bad = write("bad.json", "{\"kind\": \"tickets\", \"fields\": {\"created_at\": \"Создан\"}}");

        CliRun.Result result = cli.run(
                "import",
                write("march.csv", MappingImportTest.RU_TICKETS).toString(),
                "--mapping",
                bad.toString(),
                "--save-preset",
                "broken");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("march.csv: ")
                .contains("\"Создан\"", "Заявка, Открыто, Реакция, Завершено, Примечание")
                .hasLineCount(1);
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        assertThat(cli.json("presets")).isEmpty();
    }

    @Test
    void aMistakeInTheMappingFileItselfIsNamedOnOneLine() throws IOException {
        Path csv = write("march.csv", MappingImportTest.RU_TICKETS);

        CliRun.Result unknownKey = cli.run(
                "import",
                csv.toString(),
                "--mapping",
                write("typo.json", "{\"feilds\": {}}").toString());
        CliRun.Result unknownField = cli.run(
                "import",
                csv.toString(),
                "--mapping",
                write("field.json", "{\"kind\": \"tickets\", \"fields\": {\"opened\": \"Открыто\"}}")
                        .toString());
        CliRun.Result notJson = cli.run(
                "import",
                csv.toString(),
                "--mapping",
                write("broken.json", "{\"kind\": ").toString());

        assertThat(unknownKey.err())
                .startsWith("typo.json: unknown key \"feilds\"")
                .hasLineCount(1);
        assertThat(unknownField.err())
                .contains("field \"opened\"", "created_at, first_reply_at")
                .hasLineCount(1);
        assertThat(notJson.err()).startsWith("broken.json: is not valid JSON").hasLineCount(1);
        assertThat(cli.json("datasets")).isEmpty();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(files.resolve(name), text);
    }
}
