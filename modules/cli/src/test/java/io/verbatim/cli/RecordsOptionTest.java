package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.store.Workspace;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --records paragraph|document}: how many records a document becomes. */
class RecordsOptionTest {

    @TempDir
    Path workspace;

    @TempDir
    Path scratch;

    private CliRun cli;
    private Path notes;

    @BeforeEach
    void setUp() throws URISyntaxException {
        cli = new CliRun(workspace);
        notes = Path.of(
                getClass().getResource("/documents/store-visit-notes.html").toURI());
    }

    @Test
    void withoutTheFlagAnHtmlPageGivesOneRecordPerParagraph() {
        CliRun.Result result = cli.run("import", notes.toString());
        assertThat(result.code()).as(result.err()).isZero();

        String[] parts = column("store-visit-notes", "part");
        String[] texts = column("store-visit-notes", "text");
        assertThat(parts).hasSize(texts.length).hasSizeGreaterThanOrEqualTo(3).doesNotContain("0");
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Покупательница долго искала"));
        assertThat(texts)
                .noneSatisfy(t -> assertThat(t).contains("Покупательница").contains("Two customers"));
    }

    @Test
    void recordsDocumentGivesOneRecordHoldingEveryParagraph() {
        CliRun.Result result = cli.run("import", notes.toString(), "--records", "document");
        assertThat(result.code()).as(result.err()).isZero();

        JsonNode dataset = cli.json("datasets").get(0);
        assertThat(dataset.get("kind").asText()).isEqualTo("documents");
        assertThat(dataset.get("rows").asLong()).isEqualTo(1);
        assertThat(column("store-visit-notes", "part")).containsExactly("0");
        assertThat(column("store-visit-notes", "text")[0])
                .contains("Покупательница долго искала")
                .contains("Two customers asked")
                .contains("Очередь в примерочную");
    }

    @Test
    void recordsParagraphGivesTheSameRecordsAsTheDefault() {
        assertThat(cli.run("import", notes.toString(), "--records", "paragraph", "--dataset", "explicit")
                        .code())
                .isZero();
        assertThat(cli.run("import", notes.toString(), "--dataset", "default").code())
                .isZero();

        assertThat(column("explicit", "text")).containsExactly(column("default", "text"));
    }

    @Test
    void recordsOnATicketTableIsRefusedOnOneLineAndNothingIsImported() throws Exception {
        Path tickets = Files.writeString(
                scratch.resolve("tickets.csv"),
                """
                Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Resolved time
                1,Cannot log in,Open,High,Email,Incident,Maria,Support,2024-02-12 08:14:55,
                """);

        CliRun.Result result = cli.run("import", tickets.toString(), "--records", "document");

        assertThat(result.code()).isNotZero();
        assertThat(result.err().strip())
                .contains("--records: tickets.csv is imported as tickets")
                .doesNotContain("\n");
        assertThat(cli.json("datasets")).isEmpty();
    }

    @Test
    void anUnknownRecordsValueIsRefusedWithTheValuesThatWork() {
        CliRun.Result result = cli.run("import", notes.toString(), "--records", "sentence");

        assertThat(result.code()).isNotZero();
        assertThat(result.err().strip())
                .contains("--records sentence: use paragraph")
                .doesNotContain("\n");
        assertThat(cli.json("datasets")).isEmpty();
    }

    private String[] column(String datasetName, String key) {
        try (Workspace opened = Workspace.open(workspace)) {
            DatasetRepository repository = opened.datasets();
            Dataset dataset = repository.dataset(datasetName).orElseThrow();
            return repository.readColumn(dataset, dataset.column(key).orElseThrow());
        }
    }
}
