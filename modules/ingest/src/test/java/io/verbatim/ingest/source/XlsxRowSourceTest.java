package io.verbatim.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.TestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowSourceTest {

    @TempDir
    Path temp;

    private final RowSourceFactory factory = new RowSourceFactory();

    /** Builds a workbook in memory with POI's DOM API; only tests may do that, the reader streams. */
    private Path workbook() throws IOException {
        Path file = temp.resolve("survey.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy h:mm"));
            Sheet sheet = wb.createSheet("Responses");
            Row header = sheet.createRow(0);
            String[] names = {"Submitted", "Day", "Score", "Share", "Comment"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(LocalDateTime.of(2024, 3, 5, 10, 15));
            first.getCell(0).setCellStyle(dateTime);
            first.createCell(1).setCellValue(LocalDate.of(2024, 3, 5));
            first.getCell(1).setCellStyle(date);
            first.createCell(2).setCellValue(9);
            first.createCell(3).setCellValue(0.25);
            first.createCell(4).setCellValue("Всё отлично");
            Row sparse = sheet.createRow(3); // row 3 (1-based) is left out entirely
            sparse.createCell(2).setCellValue(10);
            wb.createSheet("Second").createRow(0).createCell(0).setCellValue("not read");
            wb.write(out);
        }
        return file;
    }

    @Test
    void theFirstSheetStreamsWithIsoDatesAndPlainNumbers() throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        RowSource source = factory.open(workbook());
        source.read(rows::add);

        assertThat(source.encoding()).isEqualTo("xlsx");
        assertThat(rows).extracting(SourceRow::line).containsExactly(1L, 2L, 4L);
        assertThat(rows.get(1).cells())
                .containsExactly("2024-03-05T10:15:00", "2024-03-05", "9", "0.25", "Всё отлично");
        assertThat(Arrays.asList(rows.get(2).cells())).containsExactly("", "", "10");
    }

    @Test
    void aCorruptWorkbookIsRefusedWithAClearReason() {
        assertThatThrownBy(() ->
                        factory.open(TestFiles.resource("xlsx/corrupt.xlsx")).read(row -> true))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("corrupt.xlsx")
                .hasMessageContaining("not a readable XLSX")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void anXmlBombIsRefusedNotExpanded() {
        Path bomb = TestFiles.resource("xlsx/entity-expansion-exploit-poc-file.xlsx");
        assertThatThrownBy(() -> factory.open(bomb).read(row -> true))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("refused for safety");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedBeforeReading() throws IOException {
        // An encrypted .xlsx is an OLE2 container, like an old .xls; that container is what we recognise.
        Path file = temp.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> factory.open(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("password-protected");
    }

    @Test
    void theRealEncryptedSampleIsRefused() {
        Path file = TestFiles.sharedData()
                .resolve("robustness/excel_streaming_reader_testres/src/test/resources/encrypted.xlsx");
        Assumptions.assumeTrue(
                Files.exists(file), "shared/data/robustness/excel_streaming_reader_testres absent: skipped");
        assertThatThrownBy(() -> factory.open(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("password");
    }

    @Test
    void aStrictOpenXmlWorkbookIsRefusedWithWhatToDoInstead() {
        Path file = TestFiles.sharedData()
                .resolve("robustness/excel_streaming_reader_testres/src/test/resources/sample.strict.xlsx");
        Assumptions.assumeTrue(
                Files.exists(file), "shared/data/robustness/excel_streaming_reader_testres absent: skipped");
        assertThatThrownBy(() -> factory.open(file).read(row -> true))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("Strict Open XML");
    }
}
