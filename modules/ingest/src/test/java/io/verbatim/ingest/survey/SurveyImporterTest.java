package io.verbatim.ingest.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobCancelledException;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.TestFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyImporterTest {

    @TempDir
    Path temp;

    private final SurveyImporter importer = new SurveyImporter();
    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    private ImportResult importFile(Path file, ImportOptions options) {
        return importer.importFile(file, options, repository, JobContext.none());
    }

    private static Column column(ImportResult result, String key) {
        return result.dataset().column(key).orElseThrow();
    }

    @Test
    void beskarLoadsTheRealResponsesAndCountsPreviewAndTestOnesAsExcluded() {
        ImportResult result = importFile(TestFiles.resource("qualtrics/Beskar Armor.csv"), ImportOptions.defaults());

        assertThat(result.rowsLoaded()).isEqualTo(27);
        assertThat(result.rowsExcluded()).isEqualTo(17);
        assertThat(result.dataset().name()).isEqualTo("Beskar Armor");
        assertThat(result.dataset().layout()).isEqualTo("qualtrics");
        assertThat(result.dataset().source()).isEqualTo("Beskar Armor.csv");
        assertThat(repository.lastImportCommitted()).isTrue();
        assertThat(repository.lastImportClosed()).isTrue();
        int status = column(result, "Status").position();
        assertThat(repository.stagedRows())
                .allSatisfy(row -> assertThat(row[status]).isEqualTo("IP Address"));
        assertThat(column(result, "Q16").hasRole(MetricRole.CSAT)).isTrue();
    }

    @Test
    void includeExcludedKeepsPreviewAndTestResponses() {
        ImportResult result =
                importFile(TestFiles.resource("qualtrics/Beskar Armor.csv"), new ImportOptions("all", true, Map.of()));

        assertThat(result.rowsLoaded()).isEqualTo(44);
        assertThat(result.rowsExcluded()).isZero();
        assertThat(result.dataset().name()).isEqualTo("all");
    }

    @Test
    void datesAreStoredInIsoAndMultiLineAnswersStayWhole() {
        ImportResult result = importFile(TestFiles.resource("qualtrics/Beskar Armor.csv"), ImportOptions.defaults());

        String[] first = repository.stagedRows().getFirst();
        assertThat(first[column(result, "StartDate").position()]).isEqualTo("2020-02-19T18:30:55");
        assertThat(first[column(result, "Q18").position()]).isEqualTo("No, the problem was not resolved \n\n");
        assertThat(column(result, "Duration (in seconds)").type()).isEqualTo(ValueType.NUMBER);
    }

    @Test
    void smallQualtricsSamplesLoadTheirSingleResponse() {
        assertThat(importFile(TestFiles.resource("qualtrics/sample.csv"), ImportOptions.defaults())
                        .rowsLoaded())
                .isEqualTo(1);
        assertThat(importFile(TestFiles.resource("qualtrics/sample_legacy.csv"), ImportOptions.defaults())
                        .rowsLoaded())
                .isEqualTo(1);
    }

    @Test
    void aWindows1251RussianCsvWithSemicolonsGetsItsNpsQuestion() throws IOException {
        String text =
                """
                Дата;Регион;Насколько вероятно, что вы порекомендуете нас?
                05.03.2024;Москва;10
                14.03.2024;Казань;6
                21.03.2024;Москва;0
                """;
        Path file = temp.resolve("опрос.csv");
        Files.write(file, text.getBytes(Charset.forName("windows-1251")));

        ImportPreview preview = importer.preview(file, ImportOptions.defaults(), 10);

        assertThat(preview.encoding()).isEqualTo("windows-1251");
        assertThat(preview.delimiter()).isEqualTo(';');
        assertThat(preview.layout()).isEqualTo("generic");
        Column nps = preview.columns().get(2);
        assertThat(nps.label()).isEqualTo("Насколько вероятно, что вы порекомендуете нас?");
        assertThat(nps.hasRole(MetricRole.NPS)).isTrue();
        assertThat(nps.question().scale())
                .isEqualTo(new Scale(0, 10, nps.question().scale().labels()));
        assertThat(preview.columns().get(0).type()).isEqualTo(ValueType.DATETIME);
        assertThat(preview.columns().get(0).question()).isNull();
        assertThat(preview.rows().get(1)).containsExactly("2024-03-14", "Казань", "6");
    }

    @Test
    void aUtf16GoogleFormsExportIsRead() throws IOException {
        String text = "Timestamp\tHow satisfied are you with our support?\tComment\n"
                + "2024/03/05 10:15:00 AM GMT+3\t5\tGreat\n"
                + "2024/03/05 1:02:03 PM GMT+3\t2\tSlow\n";
        Path file = temp.resolve("forms.tsv");
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 2);
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(file, all);

        ImportResult result = importFile(file, ImportOptions.defaults());

        assertThat(result.dataset().layout()).isEqualTo("google-forms");
        assertThat(result.dataset().name()).isEqualTo("forms");
        assertThat(repository.stagedRows().get(1)[0]).isEqualTo("2024-03-05T13:02:03+03:00");
        Column csat = result.dataset().columns().get(1);
        assertThat(csat.hasRole(MetricRole.CSAT)).isTrue();
        assertThat(csat.question().scale()).isEqualTo(Scale.of(1, 5));
    }

    @Test
    void dayFirstDatesAreRecognisedFromADayAboveTwelve() throws IOException {
        Path file = temp.resolve("dates.csv");
        Files.writeString(file, "when,score\n05/03/2024 10:15,1\n25/03/2024 09:00,2\n");

        ImportPreview preview = importer.preview(file, ImportOptions.defaults(), 10);

        assertThat(preview.rows())
                .extracting(r -> r.getFirst())
                .containsExactly("2024-03-05T10:15:00", "2024-03-25T09:00:00");
    }

    @Test
    void questionOverridesReplaceWhatWasDetected() {
        Map<String, Question> overrides = new HashMap<>();
        overrides.put("Q16", null);
        overrides.put("Q63", new Question(MetricRole.OTHER, Scale.of(1, 4), ScaleDirection.HIGHER_IS_BETTER));

        ImportResult result =
                importFile(TestFiles.resource("qualtrics/Beskar Armor.csv"), new ImportOptions(null, false, overrides));

        assertThat(column(result, "Q16").question()).isNull();
        assertThat(column(result, "Q63").hasRole(MetricRole.OTHER)).isTrue();
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRefusedAndNothingIsKept() {
        ImportException e = catchThrowableOfType(
                ImportException.class,
                () -> importFile(TestFiles.resource("csv_parser_fixtures/strict.csv"), ImportOptions.defaults()));

        assertThat(e.getMessage()).startsWith("strict.csv:4:4: this row has 4 cells but the header has 3 columns");
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void rowsWithFewerCellsArePaddedWithBlanks() {
        ImportResult result = importFile(
                TestFiles.resource("csv_parser_fixtures/strict-false-less-columns.csv"), ImportOptions.defaults());

        assertThat(result.rowsLoaded()).isEqualTo(3);
        assertThat(repository.stagedRows().get(1)).containsExactly("4", "5", "");
    }

    @Test
    void aFailureDuringLoadingClosesTheImportWithoutCommit() throws IOException {
        StringBuilder text = new StringBuilder("id,comment\n");
        for (int i = 0; i < 10; i++) {
            text.append(i).append(",ok\n");
        }
        text.append("10,\"never closed\n");
        Path file = temp.resolve("cut.csv");
        Files.writeString(file, text);

        ImportException e =
                catchThrowableOfType(ImportException.class, () -> importFile(file, ImportOptions.defaults()));

        assertThat(e.line()).isEqualTo(12);
        assertThat(repository.lastImportCommitted()).isFalse();
        assertThat(repository.lastImportClosed()).isTrue();
        assertThat(repository.stagedRows()).isEmpty();
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void cancellingStopsTheImportAndLeavesNothing() throws IOException {
        StringBuilder text = new StringBuilder("id,score\n");
        for (int i = 0; i < 3 * SurveyImporter.PROGRESS_EVERY; i++) {
            text.append(i).append(',').append(i % 11).append('\n');
        }
        Path file = temp.resolve("big.csv");
        Files.writeString(file, text);
        int[] progressCalls = {0};
        JobContext cancelDuringLoad = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                progressCalls[0]++;
            }

            @Override
            public boolean isCancelled() {
                return repository.lastDraft() != null
                        && !repository.stagedRows().isEmpty();
            }
        };

        catchThrowableOfType(
                JobCancelledException.class,
                () -> importer.importFile(file, ImportOptions.defaults(), repository, cancelDuringLoad));

        assertThat(repository.lastImportCommitted()).isFalse();
        assertThat(repository.lastImportClosed()).isTrue();
        assertThat(repository.stagedRows()).isEmpty();
        assertThat(progressCalls[0]).isPositive();
    }
}
