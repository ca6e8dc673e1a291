package io.verbatim.ingest.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A survey workbook written with POI's DOM API (tests only) and imported through the streaming reader. */
class XlsxSurveyTest {

    @TempDir
    Path temp;

    private Path survey() throws IOException {
        Path file = temp.resolve("wave 3.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle when = wb.createCellStyle();
            when.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            Sheet sheet = wb.createSheet();
            String[] header = {
                "Respondent",
                "Submitted",
                "How likely are you to recommend us to a friend?",
                "How much effort did you personally have to put forth to handle your request?",
                "How likely are you to recommend us as a place to work?",
                "Region"
            };
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            int[][] answers = {{10, 2, 9}, {7, 5, 3}, {0, 7, 10}, {9, 1, 6}};
            for (int r = 0; r < answers.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue("R" + (r + 1));
                row.createCell(1).setCellValue(LocalDateTime.of(2024, 3, 5 + r, 9, 30));
                row.getCell(1).setCellStyle(when);
                row.createCell(2).setCellValue(answers[r][0]);
                row.createCell(3).setCellValue(answers[r][1]);
                row.createCell(4).setCellValue(answers[r][2]);
                row.createCell(5).setCellValue(r % 2 == 0 ? "North" : "South");
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void anXlsxSurveyImportsWithItsQuestionsDetected() throws IOException {
        InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

        ImportResult result =
                new SurveyImporter().importFile(survey(), ImportOptions.defaults(), repository, JobContext.none());

        assertThat(result.rowsLoaded()).isEqualTo(4);
        assertThat(result.dataset().name()).isEqualTo("wave 3");
        assertThat(repository.stagedRows().getFirst())
                .containsExactly("R1", "2024-03-05T09:30:00", "10", "2", "9", "North");
        Column submitted = result.dataset().columns().get(1);
        assertThat(submitted.type()).isEqualTo(ValueType.DATETIME);
        assertThat(result.dataset().columns().get(2).hasRole(MetricRole.NPS)).isTrue();
        Column effort = result.dataset().columns().get(3);
        assertThat(effort.hasRole(MetricRole.CES)).isTrue();
        assertThat(effort.question().direction()).isEqualTo(ScaleDirection.LOWER_IS_BETTER);
        assertThat(effort.question().scale().max()).isEqualTo(7);
        assertThat(result.dataset().columns().get(4).hasRole(MetricRole.ENPS)).isTrue();
        assertThat(result.dataset().columns().get(5).question()).isNull();
    }

    @Test
    void thePreviewOfAWorkbookReportsNoDelimiter() throws IOException {
        ImportPreview preview = new SurveyImporter().preview(survey(), ImportOptions.defaults(), 2);

        assertThat(preview.encoding()).isEqualTo("xlsx");
        assertThat(preview.delimiter()).isEqualTo((char) 0);
        assertThat(preview.rows()).hasSize(2);
    }
}
