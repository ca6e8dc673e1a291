package io.verbatim.ingest.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.ingest.ImportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zip bombs and giant cells are refused by our own guards, with POI's global zip-bomb check switched off the way
 * Tika's OOXML parser switches it off for the whole JVM.
 */
class XlsxSafetyTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path temp;

    private double poiRatio;

    @BeforeEach
    void switchOffPoisCheckLikeTika() {
        poiRatio = ZipSecureFile.getMinInflateRatio();
        ZipSecureFile.setMinInflateRatio(-1.0d);
    }

    @AfterEach
    void restorePoisCheck() {
        ZipSecureFile.setMinInflateRatio(poiRatio);
    }

    @Test
    void aSheetThatInflatesAHundredfoldPastItsSizeIsRefused() throws IOException {
        byte[] megabyte = new byte[1 << 20];
        Arrays.fill(megabyte, (byte) ' ');
        Path bomb = withSheet("bomb.xlsx", megabyte, 200);
        assertThatThrownBy(() -> new RowSourceFactory().open(bomb).read(row -> true))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("expands to far more data")
                .hasMessageContaining("refused for safety");
    }

    @Test
    void aCellOfMoreThanSixteenMillionCharactersIsRefused() throws IOException {
        byte[] megabyte = new byte[1 << 20];
        Random random = new Random(3);
        for (int i = 0; i < megabyte.length; i++) {
            megabyte[i] = (byte) ('a' + random.nextInt(26));
        }
        Path giant = withSheet("giant.xlsx", megabyte, 17);
        assertThatThrownBy(() -> new RowSourceFactory().open(giant).read(row -> true))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("more than " + CellSizeGuard.MAX_CHARS + " characters");
    }

    /** A POI-written workbook whose first sheet is one inline-string cell of {@code copies} times {@code text}. */
    private Path withSheet(String name, byte[] text, int copies) throws IOException {
        Path template = temp.resolve("template.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(template)) {
            workbook.createSheet("Responses").createRow(0).createCell(0).setCellValue("Comment");
            workbook.write(out);
        }
        Path file = temp.resolve(name);
        try (ZipFile source = new ZipFile(template.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : Collections.list(source.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(SHEET)) {
                    out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                            .getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < copies; i++) {
                        out.write(text);
                    }
                    out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    source.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }
}
