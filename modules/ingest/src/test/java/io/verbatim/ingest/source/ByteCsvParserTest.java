package io.verbatim.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.TestFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte reader against FastCSV: on every text table in the test resources and the shared data, and on thousands of
 * generated and damaged files, both must give the same records with the same line numbers, or refuse the file with
 * the same rule and reason at the same line and column.
 */
class ByteCsvParserTest {

    private static final long LARGEST = 40L << 20;

    @TempDir
    Path temp;

    private final RowSourceFactory factory = new RowSourceFactory();

    @Test
    void everyTextTableInTheRepositoryReadsAsFastCsvReadsIt() throws IOException {
        int compared = compareAllUnder(TestFiles.resource("csv_spectrum").getParent());
        assertThat(compared).isGreaterThan(40);
    }

    @Test
    void everyTextTableInTheSharedDataReadsAsFastCsvReadsIt() throws IOException {
        Path shared = TestFiles.sharedData();
        assumeTrue(Files.isDirectory(shared), "../shared/data is absent; the in-repository files are compared above");
        assertThat(compareAllUnder(shared)).isGreaterThan(60);
    }

    @Test
    void generatedFilesFullOfQuotesAndLineBreaksReadAlike() throws IOException {
        Random random = new Random(7);
        String[] pieces = {"a", "Москва", "ё", ",", ";", "\"", "\"\"", "\n", "\r", "\r\n", " ", "9", "\t", "x\"y"};
        for (int n = 0; n < 3000; n++) {
            compare(Files.write(temp.resolve("gen" + n + ".csv"), generated(random, pieces)));
        }
    }

    @Test
    void generatedFilesWithABadByteReadAlike() throws IOException {
        // No quotes: a file with one defect, so both readers must name that one (with two, which one each names first
        // depends on how far ahead FastCSV decodes).
        Random random = new Random(9);
        String[] pieces = {"a", "Москва", "ё", ",", ";", "\n", "\r", "\r\n", " ", "9", "\t"};
        for (int n = 0; n < 1500; n++) {
            byte[] bytes = generated(random, pieces);
            if (bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = new byte[] {(byte) 0xFF, (byte) 0xD0, 0}[random.nextInt(3)];
            }
            compare(Files.write(temp.resolve("bad" + n + ".csv"), bytes));
        }
    }

    @Test
    void everyDamagedCopyOfARealExportReadsAlike() throws IOException {
        byte[] original = Files.readAllBytes(TestFiles.resource("qualtrics/Beskar Armor.csv"));
        Random random = new Random(11);
        byte[] syntax = {'"', ',', '\n', '\r', 'a'};
        for (int n = 0; n < 300; n++) {
            // Cut before an ASCII byte, so the cut leaves no broken character: the damage is to the syntax alone.
            int cut = 1 + random.nextInt(original.length);
            while (cut < original.length && original[cut] < 0) {
                cut++;
            }
            byte[] copy = Arrays.copyOf(original, cut);
            for (int k = random.nextInt(3); k > 0; k--) {
                copy[random.nextInt(copy.length)] = syntax[random.nextInt(syntax.length)];
            }
            compare(Files.write(temp.resolve("damaged" + n + ".csv"), copy));
        }
    }

    @Test
    void aRealExportWithOneBadByteBeyondTheSniffedSampleIsRefusedAlike() throws IOException {
        byte[] once = Files.readAllBytes(TestFiles.resource("qualtrics/Beskar Armor.csv"));
        int copies = EncodingDetector.SAMPLE_BYTES / once.length + 2;
        byte[] original = new byte[once.length * copies];
        for (int k = 0; k < copies; k++) {
            System.arraycopy(once, 0, original, k * once.length, once.length);
        }
        Random random = new Random(13);
        for (int n = 0; n < 100; n++) {
            byte[] copy = original.clone();
            int at = EncodingDetector.SAMPLE_BYTES + random.nextInt(copy.length - EncodingDetector.SAMPLE_BYTES);
            while (copy[at] == '"' || copy[at] == ',' || copy[at] == '\n' || copy[at] == '\r') {
                at++;
            }
            copy[at] = random.nextBoolean() ? 0 : (byte) 0xFF;
            Outcome bytes = compare(Files.write(temp.resolve("flipped" + n + ".csv"), copy));
            assertThat(bytes.error()).as("a NUL or 0xFF in UTF-8 text").isNotNull();
        }
    }

    @Test
    void aWindows1251FileRefusesItsOneUnmappedByteWhereItIs() throws IOException {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] good = "город;отзыв\nМосква;хорошо\nКазань;плохо\n".repeat(40).getBytes(cp1251);
        byte[] bad = Arrays.copyOf(good, good.length + 6);
        System.arraycopy("Уфа;".getBytes(cp1251), 0, bad, good.length, 4);
        bad[good.length + 4] = (byte) 0x98;
        bad[good.length + 5] = '\n';
        Path file = Files.write(temp.resolve("cp1251.csv"), bad);

        Outcome bytes = compare(file);

        assertThat(bytes.error()).isNotNull();
        assertThat(bytes.error().line()).isEqualTo(121);
        assertThat(bytes.error().column()).isEqualTo(2);
    }

    @Test
    void aRecordLongerThanTheReadBlockComesBackWhole() throws IOException {
        String answer = "длинный ответ, ".repeat(150_000);
        Path file = Files.writeString(
                temp.resolve("long.csv"), "id,answer\n1,\"" + answer + "\"\r\n2,short\n", StandardCharsets.UTF_8);

        Outcome bytes = compare(file);

        assertThat(bytes.rows()).hasSize(3);
        assertThat(bytes.rows().get(1)).endsWith(answer);
        assertThat(bytes.rows().get(2)).isEqualTo("3|2|short");
    }

    private static byte[] generated(Random random, String[] pieces) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int compareAllUnder(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toFile().length() <= LARGEST)
                    .sorted()
                    .toList();
        }
        int compared = 0;
        for (Path file : files) {
            if (csvSource(file) != null) {
                compare(file);
                compared++;
            }
        }
        return compared;
    }

    private CsvRowSource csvSource(Path file) {
        try {
            return factory.open(file) instanceof CsvRowSource csv ? csv : null;
        } catch (ImportException e) {
            return null;
        }
    }

    private Outcome compare(Path file) {
        CsvRowSource source = csvSource(file);
        if (source == null) {
            return new Outcome(List.of(), null);
        }
        Outcome bytes = read(source);
        Outcome chars = read(source.charBased());
        assertThat(describe(bytes.error())).as("refusal of %s", file).isEqualTo(describe(chars.error()));
        if (bytes.error() == null) {
            // A refused file imports nothing, so only the records of a readable one must agree (FastCSV decodes
            // ahead, and stops at a bad byte before handing over the rows read up to it).
            assertThat(bytes.rows()).as("records of %s", file).isEqualTo(chars.rows());
        }
        return bytes;
    }

    private static Outcome read(RowSource source) {
        List<String> rows = new ArrayList<>();
        try {
            source.read(row -> rows.add(row.line() + "|" + String.join("|", row.cells())));
            return new Outcome(rows, null);
        } catch (ImportException e) {
            return new Outcome(rows, e);
        }
    }

    private static String describe(ImportException e) {
        return e == null ? "none" : e.rule() + " at " + e.line() + ":" + e.column() + " " + e.reason();
    }

    private record Outcome(List<String> rows, ImportException error) {}
}
