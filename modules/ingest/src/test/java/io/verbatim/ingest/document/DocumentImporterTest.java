package io.verbatim.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobCancelledException;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.RecordGrain;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents of every supported format become text records, all or nothing. */
class DocumentImporterTest {

    @TempDir
    Path folder;

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
    private final DocumentImporter importer = new DocumentImporter();

    @Test
    void aWordFileBecomesOneRecordPerNonEmptyParagraphWithLanguageAndMetadata() throws Exception {
        Path file = TestDocuments.docx(folder, "interview-kazan.docx", "Интервью 1", "Анна", TestDocuments.INTERVIEW);

        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        Dataset dataset = result.dataset();
        assertThat(dataset.name()).isEqualTo("interview-kazan");
        assertThat(dataset.kind()).isEqualTo(DatasetKind.DOCUMENTS);
        assertThat(dataset.layout()).isEqualTo("document");
        assertThat(dataset.columns())
                .extracting(Column::key)
                .containsExactly("document", "part", "language", "text", "title", "author", "created_at");
        assertThat(result.rowsLoaded()).isEqualTo(3);
        Map<String, List<String>> cells = cells(dataset);
        assertThat(cells.get("document")).containsOnly("interview-kazan.docx");
        assertThat(cells.get("part")).containsExactly("1", "2", "3");
        assertThat(cells.get("language")).containsExactly("ru", "ru", "en");
        assertThat(cells.get("text"))
                .containsExactly(TestDocuments.INTERVIEW[0], TestDocuments.INTERVIEW[2], TestDocuments.INTERVIEW[3]);
        assertThat(cells.get("title")).containsOnly("Интервью 1");
        assertThat(cells.get("author")).containsOnly("Анна");
        assertThat(cells.get("created_at")).allMatch(v -> v.matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    }

    @Test
    void createdAtIsADateColumnAndPartANumber() throws Exception {
        Path file = TestDocuments.docx(folder, "notes.docx", "Notes", "Bob", "First note here.", "Second one.");

        Dataset dataset = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none())
                .dataset();

        assertThat(dataset.column("part").orElseThrow().type()).isEqualTo(ValueType.NUMBER);
        assertThat(dataset.column("created_at").orElseThrow().type()).isEqualTo(ValueType.DATETIME);
        assertThat(dataset.column("text").orElseThrow().type()).isEqualTo(ValueType.TEXT);
    }

    @Test
    void aPdfIsSplitAtItsParagraphsAndLinesOfOneParagraphAreJoined() throws Exception {
        Path file = TestDocuments.pdf(folder, "workshop.pdf", null);

        Dataset dataset = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none())
                .dataset();

        Map<String, List<String>> cells = cells(dataset);
        assertThat(cells.get("text"))
                .containsExactly(
                        "Workshop notes: the team mapped the onboarding journey from the first call to the first invoice.",
                        "The biggest pain point was the long wait for a contract.");
        assertThat(cells.get("language")).containsOnly("en");
        assertThat(cells.get("title")).containsOnly("Onboarding workshop");
        assertThat(cells.get("author")).containsOnly("Bob Smith");
    }

    @Test
    void anHtmlPageGivesItsBlocksAndTitleAndFetchesNothing() throws Exception {
        Dataset dataset = importer.importFile(
                        TestDocuments.html(folder), ImportOptions.defaults(), repository, JobContext.none())
                .dataset();

        Map<String, List<String>> cells = cells(dataset);
        assertThat(cells.get("text"))
                .containsExactly(
                        "Итоги воркшопа",
                        "Участники нарисовали карту пути клиента от заявки до первой поставки.",
                        "Long waiting times on the hotline were mentioned by every team.");
        assertThat(cells.get("language")).containsExactly("ru", "ru", "en");
        assertThat(cells.get("title")).containsOnly("Воркшоп по пути клиента");
        assertThat(cells.get("author")).containsOnly("Мария Иванова");
    }

    @Test
    void plainTextIsSplitOnBlankLinesAndHardWrapsAreJoined() throws Exception {
        Path file = TestDocuments.text(
                folder,
                "open-answers.txt",
                """
                Очень долго ждали ответа
                от службы поддержки.


                The courier was polite and on time.
                \t
                Всё понравилось, буду заказывать ещё.
                """);

        Dataset dataset = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none())
                .dataset();

        Map<String, List<String>> cells = cells(dataset);
        assertThat(cells.get("text"))
                .containsExactly(
                        "Очень долго ждали ответа от службы поддержки.",
                        "The courier was polite and on time.",
                        "Всё понравилось, буду заказывать ещё.");
        assertThat(cells.get("language")).containsExactly("ru", "en", "ru");
        assertThat(dataset.columns()).extracting(Column::key).containsExactly("document", "part", "language", "text");
    }

    @Test
    void oneLineBreakJoinsLinesAndTwoStartANewParagraph() throws Exception {
        Path file = TestDocuments.text(
                folder,
                "reply.html",
                """
                <html><body><p>Thank you for the call,<br>we will fix the app.<br><br>Best regards, the CX team</p>
                </body></html>""");

        Dataset dataset = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none())
                .dataset();

        assertThat(cells(dataset).get("text"))
                .containsExactly("Thank you for the call, we will fix the app.", "Best regards, the CX team");
    }

    @Test
    void russianPlainTextInWindows1251IsReadWithTheRightLetters() throws Exception {
        Path file = folder.resolve("otvety.txt");
        Files.write(
                file,
                ("Доставка опоздала на два дня, курьер не позвонил заранее.\n\n"
                                + "Приложение работает медленно, особенно по вечерам.\n")
                        .getBytes(Charset.forName("windows-1251")));

        Dataset dataset = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none())
                .dataset();

        assertThat(cells(dataset).get("text"))
                .containsExactly(
                        "Доставка опоздала на два дня, курьер не позвонил заранее.",
                        "Приложение работает медленно, особенно по вечерам.");
        assertThat(cells(dataset).get("language")).containsOnly("ru");
    }

    @Test
    void anEmailKeepsSenderSubjectAndDateAndLeavesAttachmentsOut() throws Exception {
        Dataset dataset = importer.importFile(
                        TestDocuments.email(folder), ImportOptions.defaults(), repository, JobContext.none())
                .dataset();

        assertThat(dataset.name()).isEqualTo("complaint");
        assertThat(dataset.columns())
                .extracting(Column::key)
                .containsExactly("document", "part", "language", "text", "from", "subject", "sent_at");
        Map<String, List<String>> cells = cells(dataset);
        assertThat(cells.get("document")).containsOnly("complaint.eml");
        assertThat(cells.get("text"))
                .containsExactly(
                        "Добрый день! Заказ пришёл на два дня позже обещанного срока.",
                        "Курьер не позвонил заранее, пришлось ждать дома весь день.");
        assertThat(cells.get("from")).containsOnly("Ivan Petrov <ivan.petrov@example.com>");
        assertThat(cells.get("subject")).containsOnly(TestDocuments.SUBJECT);
        assertThat(cells.get("sent_at")).containsOnly("2026-11-02T07:15:00Z");
        assertThat(String.join(" ", cells.get("text"))).doesNotContain("ATTACHMENT");
    }

    @Test
    void aDocumentWithOneParagraphIsOneRecordWithPartZero() throws Exception {
        Path file = TestDocuments.text(folder, "answer.txt", "Support answered quickly and solved my problem.\n");

        Dataset dataset = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none())
                .dataset();

        assertThat(cells(dataset).get("part")).containsExactly("0");
    }

    @Test
    void perDocumentRecordsHoldTheWholeTextWithPartZero() throws Exception {
        Path file = TestDocuments.docx(folder, "interview.docx", "Интервью", "Анна", TestDocuments.INTERVIEW);
        ImportOptions perDocument = ImportOptions.defaults().withRecordGrain(RecordGrain.DOCUMENT);

        Dataset dataset = importer.importFile(file, perDocument, repository, JobContext.none())
                .dataset();

        Map<String, List<String>> cells = cells(dataset);
        assertThat(cells.get("part")).containsExactly("0");
        assertThat(cells.get("language")).containsExactly("ru");
        assertThat(cells.get("text").getFirst())
                .startsWith(TestDocuments.INTERVIEW[0] + "\n\n" + TestDocuments.INTERVIEW[2])
                .endsWith(TestDocuments.INTERVIEW[3]);
    }

    @Test
    void theUsersDatasetNameWins() throws Exception {
        Path file = TestDocuments.docx(folder, "notes.docx", "T", "A", "One paragraph.", "Another paragraph.");

        Dataset dataset = importer.importFile(
                        file, ImportOptions.defaults().withDatasetName(" Kazan wave 1 "), repository, JobContext.none())
                .dataset();

        assertThat(dataset.name()).isEqualTo("Kazan wave 1");
    }

    @Test
    void aPreviewShowsTheFirstRecordsAndWritesNothing() throws Exception {
        Path file = TestDocuments.docx(folder, "interview.docx", "Интервью", "Анна", TestDocuments.INTERVIEW);

        ImportPreview preview = importer.preview(file, ImportOptions.defaults(), 2);

        assertThat(preview.layout()).isEqualTo("document");
        assertThat(preview.encoding()).isEqualTo("docx");
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().getFirst().subList(0, 4))
                .containsExactly("interview.docx", "1", "ru", TestDocuments.INTERVIEW[0]);
        assertThat(repository.lastDraft()).isNull();
    }

    @Test
    void aCorruptPdfIsRefusedWithAReasonAndNothingIsWritten() throws Exception {
        Path file = TestDocuments.text(folder, "broken.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n");

        assertThatThrownBy(() -> importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.file()).isEqualTo("broken.pdf");
                    assertThat(e.line()).isZero();
                    assertThat(e.reason())
                            .startsWith("the PDF is damaged or incomplete")
                            .contains("save a fresh copy");
                });
        assertThat(repository.lastDraft()).isNull();
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void aPasswordProtectedPdfIsRefusedWithWhatToDo() throws Exception {
        Path file = TestDocuments.pdf(folder, "locked.pdf", "secret");

        assertThatThrownBy(() -> importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none()))
                .isInstanceOf(ImportException.class)
                .hasMessage("locked.pdf: the PDF is password-protected; remove the password and import again");
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void aPasswordProtectedWordFileIsRefusedWithWhatToDo() throws Exception {
        Path file = TestDocuments.encryptedDocx(folder);

        assertThatThrownBy(() -> importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none()))
                .isInstanceOf(ImportException.class)
                .hasMessage(
                        "secret.docx: the Word document is password-protected; remove the password and import again");
    }

    @Test
    void aDocumentOverTheTextLimitIsRefusedAsTooLarge() throws Exception {
        String text = IntStream.range(0, 50)
                .mapToObj(i -> "Paragraph " + i + " of a very long transcript.")
                .collect(Collectors.joining("\n\n"));
        Path file = TestDocuments.text(folder, "transcript.txt", text);
        DocumentImporter small = new DocumentImporter(new TikaDocumentReader(500), new ScriptLanguageGuess());

        assertThatThrownBy(() -> small.importFile(file, ImportOptions.defaults(), repository, JobContext.none()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason())
                        .startsWith("document too large: more than 500 characters of text"));
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void aDocumentWithoutTextIsRefused() throws Exception {
        Path file = TestDocuments.text(folder, "empty.html", "<html><body><p> </p><img src=\"x.png\"></body></html>");

        assertThatThrownBy(() -> importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason())
                        .startsWith("the HTML page has no text to import"));
    }

    @Test
    void aCancelledImportLeavesNothing() throws Exception {
        Path file = TestDocuments.docx(folder, "interview.docx", "Интервью", "Анна", TestDocuments.INTERVIEW);
        JobContext cancelled = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                // not watched
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> importer.importFile(file, ImportOptions.defaults(), repository, cancelled))
                .isInstanceOf(JobCancelledException.class);
        assertThat(repository.datasets()).isEmpty();
    }

    private Map<String, List<String>> cells(Dataset dataset) {
        return dataset.columns().stream()
                .collect(Collectors.toMap(
                        Column::key,
                        c -> List.of(repository.readColumn(dataset, c)),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
