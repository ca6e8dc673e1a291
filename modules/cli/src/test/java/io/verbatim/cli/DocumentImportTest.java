package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.store.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} of interview notes in a Word file, recognised as a document without {@code --kind}. */
class DocumentImportTest {

    private static final String[] NOTES = {
        "Интервью с клиентом из Казани. Клиент заказывает каждую неделю.",
        "Главная жалоба: доставка опаздывает, и никто не предупреждает заранее.",
        "He also said the support chat in English was slow to answer."
    };

    @TempDir
    Path workspace;

    @TempDir
    Path scratch;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(workspace);
    }

    @Test
    void aWordFileWithoutKindBecomesADocumentsDatasetWithOneRecordPerParagraph() throws IOException {
        Path notes = wordFile(scratch.resolve("notes.docx"));

        CliRun.Result result = cli.run("import", notes.toString());
        assertThat(result.code()).as(result.err()).isZero();

        JsonNode dataset = cli.json("datasets").get(0);
        assertThat(dataset.get("name").asText()).isEqualTo("notes");
        assertThat(dataset.get("kind").asText()).isEqualTo("documents");
        assertThat(dataset.get("layout").asText()).isEqualTo("document");
        assertThat(dataset.get("source").asText()).isEqualTo("notes.docx");
        assertThat(dataset.get("rows").asLong()).isEqualTo(3);
        try (Workspace opened = Workspace.open(workspace)) {
            DatasetRepository repository = opened.datasets();
            Dataset stored = repository.dataset("notes").orElseThrow();
            assertThat(column(repository, stored, "part")).containsExactly("1", "2", "3");
            assertThat(column(repository, stored, "language")).containsExactly("ru", "ru", "en");
            assertThat(column(repository, stored, "text")).containsExactly(NOTES);
            assertThat(column(repository, stored, "title")).containsOnly("Интервью, Казань");
            assertThat(column(repository, stored, "author")).containsOnly("Анна Смирнова");
        }
    }

    @Test
    void aDamagedPdfIsRefusedWithOneLineAndNoDatasetIsLeft() throws IOException {
        Path broken = Files.writeString(scratch.resolve("broken.pdf"), "%PDF-1.4\ngarbage\n");

        CliRun.Result result = cli.run("import", broken.toString());

        assertThat(result.code()).isNotZero();
        assertThat(result.err().strip())
                .startsWith("broken.pdf: the PDF is damaged or incomplete")
                .doesNotContain("\n");
        assertThat(cli.json("datasets")).isEmpty();
    }

    private static String[] column(DatasetRepository repository, Dataset dataset, String key) {
        return repository.readColumn(dataset, dataset.column(key).orElseThrow());
    }

    private static Path wordFile(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            document.getProperties().getCoreProperties().setTitle("Интервью, Казань");
            document.getProperties().getCoreProperties().setCreator("Анна Смирнова");
            for (String paragraph : NOTES) {
                document.createParagraph().createRun().setText(paragraph);
                document.createParagraph();
            }
            document.write(out);
        }
        return file;
    }
}
