package io.verbatim.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.ingest.Importers;
import io.verbatim.ingest.survey.SurveyImporter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents are recognised by their detected type; tables keep going to the table importers. */
class DocumentRecognitionTest {

    @TempDir
    Path folder;

    private final DocumentImporter importer = new DocumentImporter();

    @Test
    void documentFormatsAreRecognisedWithHighConfidence() throws Exception {
        assertThat(importer.recognise(TestDocuments.docx(folder, "a.docx", "T", "A", "Text.")))
                .isEqualTo(90);
        assertThat(importer.recognise(TestDocuments.pdf(folder, "a.pdf", null))).isEqualTo(90);
        assertThat(importer.recognise(TestDocuments.html(folder))).isEqualTo(90);
        assertThat(importer.recognise(TestDocuments.email(folder))).isEqualTo(90);
    }

    @Test
    void plainProseIsRecognisedWithLowConfidence() throws Exception {
        Path file =
                TestDocuments.text(folder, "notes.txt", "The client liked the new app.\n\nДоставка, увы, опоздала.\n");
        assertThat(importer.recognise(file)).isEqualTo(20);
    }

    @Test
    void tablesAreNotDocuments() throws Exception {
        assertThat(importer.recognise(TestDocuments.text(folder, "t.csv", "id,nps,comment\n1,9,Хорошо\n2,3,Плохо\n")))
                .isZero();
        assertThat(importer.recognise(TestDocuments.text(folder, "t.tsv", "id\tnps\n1\t9\n2\t3\n")))
                .isZero();
        assertThat(importer.recognise(TestDocuments.text(folder, "t.json", "[{\"id\": 1, \"text\": \"ok\"}]\n")))
                .isZero();
        assertThat(importer.recognise(xlsx(folder.resolve("t.xlsx")))).isZero();
    }

    @Test
    void aTableSavedAsTxtIsNotADocument() throws Exception {
        Path file = TestDocuments.text(folder, "export.txt", "id;nps;comment\n1;9;Хорошо\n2;3;Долго ждал\n3;10;Ок\n");
        assertThat(importer.recognise(file)).isZero();
    }

    @Test
    void theDemoSurveyIsNotADocumentAndStillGoesToTheSurveyImporter() {
        Path demo = Path.of("../../resources/demo/demo-survey.csv");
        assertThat(demo).exists();
        assertThat(importer.recognise(demo)).isZero();

        Importers importers = new Importers(List.of(new SurveyImporter(), importer));
        assertThat(importers.forFile(demo).kind()).isEqualTo(DatasetKind.SURVEY);
    }

    @Test
    void aWordFileGoesToTheDocumentImporter() throws Exception {
        Importers importers = new Importers(List.of(new SurveyImporter(), importer));
        Path file = TestDocuments.docx(folder, "notes.docx", "T", "A", "Text.");
        assertThat(importers.forFile(file).kind()).isEqualTo(DatasetKind.DOCUMENTS);
    }

    @Test
    void aMissingFileIsNotRecognised() {
        assertThat(importer.recognise(folder.resolve("missing.docx"))).isZero();
    }

    private static Path xlsx(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Responses").createRow(0).createCell(0).setCellValue("nps");
            workbook.write(out);
        }
        return file;
    }
}
