package io.verbatim.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowSourceTest {

    @TempDir
    Path temp;

    private final RowSourceFactory factory = new RowSourceFactory();

    private List<SourceRow> readAll(Path file) {
        List<SourceRow> rows = new ArrayList<>();
        factory.open(file).read(rows::add);
        return rows;
    }

    private static List<List<String>> cells(List<SourceRow> rows) {
        return rows.stream().map(r -> Arrays.asList(r.cells())).toList();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void randomBytesAreRefusedAsBinaryWithTheLineAndColumn() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Path file = write("export.csv", garbage);

        ImportException e = catchThrowableOfType(ImportException.class, () -> factory.open(file));

        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage())
                .startsWith("export.csv:" + e.line() + ":" + e.column() + ": ")
                .contains("binary");
    }

    @Test
    void aFileCutInsideAQuotedAnswerIsRefusedAtTheLineAndColumnWhereTheQuoteOpened() throws IOException {
        Path file = write(
                "cut.csv", "id,comment,score\n1,\"fine\",9\n2,\"cut here\nand more".getBytes(StandardCharsets.UTF_8));

        ImportException e = catchThrowableOfType(ImportException.class, () -> readAll(file));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.reason()).contains("never closed").doesNotContain("Exception");
    }

    @Test
    void textAfterAClosingQuoteIsRefusedAtTheLineAndColumnWhereItFollows() throws IOException {
        // backslash-escaped quotes (csv-parser's option-escape fixture): the quote before "escaped" closes the field
        String csv = "a,b,c\n1,2,3\n\"multi\nline\",\"x\",\"y\"\n4,\"some \\\"escaped\\\" value\",5\n";
        Path file = write("escaped.csv", csv.getBytes(StandardCharsets.UTF_8));

        ImportException e = catchThrowableOfType(ImportException.class, () -> readAll(file));

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.reason()).contains("closing quote").doesNotContain("Exception");
    }

    @Test
    void aTruncatedQualtricsExportNamesTheMultiLineAnswerThatWasCut() throws IOException {
        byte[] full = Files.readAllBytes(TestFiles.resource("qualtrics/Beskar Armor.csv"));
        String text = new String(full, StandardCharsets.UTF_8);
        int cut = text.indexOf("outside the tribe") + "outside the tribe".length();
        Path file = write("Beskar Armor.csv", text.substring(0, cut).getBytes(StandardCharsets.UTF_8));

        ImportException e = catchThrowableOfType(ImportException.class, () -> readAll(file));

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(21);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = write("empty.csv", new byte[0]);
        Path blank = write("blank.csv", "\n\r\n  \n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> factory.open(empty))
                .isInstanceOf(ImportException.class)
                .hasMessage("empty.csv: the file is empty");
        assertThatThrownBy(() -> factory.open(blank))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aRecordWithMoreFieldsThanAnyExportHasIsRefusedAtTheFirstFieldTooMany() throws IOException {
        String wide = "a" + ",x".repeat(RecordCells.MAX_FIELDS) + "\n";
        Path file = write("wide.csv", ("h1,h2\n1,2\n" + wide).getBytes(StandardCharsets.UTF_8));

        ImportException e = catchThrowableOfType(ImportException.class, () -> readAll(file));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(RecordCells.MAX_FIELDS + 1);
        assertThat(e.reason()).contains("more than " + RecordCells.MAX_FIELDS + " fields");
    }

    @Test
    void quotedCellsAndRepeatedAnswersComeBackAsWritten() throws IOException {
        Path file = write(
                "quoted.csv",
                "id,answer\n1,\"say \"\"hi\"\", twice\"\n2,\"line\nbreak\"\n3,\"say \"\"hi\"\", twice\"\n"
                        .getBytes(StandardCharsets.UTF_8));

        List<SourceRow> rows = readAll(file);

        assertThat(rows)
                .extracting(row -> row.cell(1))
                .containsExactly("answer", "say \"hi\", twice", "line\nbreak", "say \"hi\", twice");
        assertThat(rows).extracting(SourceRow::line).containsExactly(1L, 2L, 3L, 5L);
    }

    @Test
    void aNulCharacterBeyondTheSniffedSampleIsRefusedWhereItIs() throws IOException {
        StringBuilder text = new StringBuilder("id,answer\n");
        for (int i = 1; text.length() < EncodingDetector.SAMPLE_BYTES + 100; i++) {
            text.append(i).append(",fine\n");
        }
        long lines = text.chars().filter(c -> c == '\n').count();
        text.append("99,bro\0ken\n");
        Path file = write("late.csv", text.toString().getBytes(StandardCharsets.UTF_8));

        ImportException e = catchThrowableOfType(ImportException.class, () -> readAll(file));

        assertThat(e.line()).isEqualTo(lines + 1);
        assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void aBrokenByteInAUtf8FileIsRefusedAtItsLine() throws IOException {
        StringBuilder text = new StringBuilder("город,отзыв\n");
        for (int i = 0; i < 20; i++) {
            text.append("Москва,Всё хорошо\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "Казань,плох".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(good, good.length + bad.length + 2);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        all[all.length - 2] = (byte) 0xFF;
        all[all.length - 1] = '\n';
        Path file = write("broken.csv", all);

        ImportException e = catchThrowableOfType(ImportException.class, () -> readAll(file));

        assertThat(e.line()).isEqualTo(22);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.reason()).contains("UTF-8");
    }

    @Test
    void utf16FilesInBothByteOrdersReadAsText() {
        List<List<String>> expected = List.of(List.of("a", "b", "c"), List.of("1", "2", "3"), List.of("4", "5", "ʤ"));
        assertThat(cells(readAll(TestFiles.resource("csv_parser_fixtures/utf16.csv"))))
                .isEqualTo(expected);
        assertThat(cells(readAll(TestFiles.resource("csv_parser_fixtures/utf16-big.csv"))))
                .isEqualTo(expected);
    }

    @Test
    void aLatin1FileReadsItsAccentedCharacter() {
        assertThat(readAll(TestFiles.resource("csv_parser_fixtures/latin.csv"))
                        .getLast()
                        .cells())
                .containsExactly("4", "5", "©");
    }

    @Test
    void oldMacLineEndsCountAsLinesForErrorMessages() {
        List<SourceRow> rows = readAll(TestFiles.resource("csv_parser_fixtures/mac-newlines.csv"));
        assertThat(rows).extracting(SourceRow::line).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(2).cells()).containsExactly("Once upon\ra time", "5", "6");
    }

    @Test
    void aByteOrderMarkDoesNotBecomePartOfTheFirstHeader() {
        assertThat(readAll(TestFiles.resource("commons_csv/bom.csv")).getFirst().cell(0))
                .isEqualTo("Date");
    }

    @Test
    void aPostgresTsvIsSplitOnTabs() {
        RowSource source = factory.open(TestFiles.resource("commons_csv/psql.tsv"));
        assertThat(source.delimiter()).isEqualTo('\t');
        List<SourceRow> rows = new ArrayList<>();
        source.read(rows::add);
        assertThat(rows.get(2).cells()).containsExactly("3", "a", "b,c,d", "quoted", "e");
    }

    @Test
    void readingCanStopEarly() {
        List<SourceRow> rows = new ArrayList<>();
        factory.open(TestFiles.resource("commons_csv/japanese.csv")).read(row -> rows.add(row) && rows.size() < 2);
        assertThat(rows).hasSize(2);
    }
}
