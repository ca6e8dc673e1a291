package io.verbatim.ingest.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionWorkbookTest {

    @TempDir
    Path temp;

    @Test
    void aMedialogiaWorkbookWithExcelDatesAndNumericReachIsImported() throws IOException {
        Path file = temp.resolve("упоминания.xlsx");
        String[] headers = {"Дата", "СМИ", "Тип источника", "Автор", "Текст", "Ссылка", "Тональность", "Аудитория"};
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            XSSFSheet sheet = wb.createSheet("Упоминания");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 1; r <= 3; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(LocalDateTime.of(2024, 3, r, 9, 30));
                row.getCell(0).setCellStyle(dateTime);
                row.createCell(1).setCellValue("Коммерсантъ");
                row.createCell(2).setCellValue("Газета");
                row.createCell(3).setCellValue("Анна Смирнова");
                row.createCell(4).setCellValue("Рынок кофеен вырос, упоминание " + r);
                row.createCell(5).setCellValue("https://kommersant.ru/doc/" + r);
                row.createCell(6).setCellValue("нейтральная");
                row.createCell(7).setCellValue(800_000 + r);
            }
            wb.write(out);
        }
        MentionImporter importer = new MentionImporter();
        InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

        assertThat(importer.recognise(file)).isBetween(80, 95);
        ImportResult result = importer.importFile(file, ImportOptions.defaults(), repository, JobContext.none());

        assertThat(result.dataset().kind()).isEqualTo(DatasetKind.MENTIONS);
        assertThat(result.dataset().layout()).isEqualTo("medialogia");
        Column published = result.dataset().column("published_at").orElseThrow();
        assertThat(repository.readColumn(result.dataset(), published)[0]).startsWith("2024-03-01T09:30");
        Column reach = result.dataset().column("reach").orElseThrow();
        assertThat(repository.readColumn(result.dataset(), reach)).containsExactly("800001", "800002", "800003");
    }
}
