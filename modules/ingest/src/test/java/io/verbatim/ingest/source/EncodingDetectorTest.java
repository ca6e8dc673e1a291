package io.verbatim.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.ingest.TestFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingDetectorTest {

    private final EncodingDetector detector = new EncodingDetector();

    private DetectedEncoding detect(byte[] bytes) {
        return detector.detect(bytes, bytes.length, true);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() {
        byte[] bytes =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a,b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(detect(bytes)).isEqualTo(new DetectedEncoding(StandardCharsets.UTF_8, 3));
    }

    @Test
    void utf16ByteOrderMarksGiveTheByteOrder() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a,b\n".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "a,b\n".getBytes(StandardCharsets.UTF_16BE));
        assertThat(detect(le)).isEqualTo(new DetectedEncoding(StandardCharsets.UTF_16LE, 2));
        assertThat(detect(be)).isEqualTo(new DetectedEncoding(StandardCharsets.UTF_16BE, 2));
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedFromItsZeroBytes() {
        String text = "Дата,Region,Score\n2024-03-05,North,9\n";
        assertThat(detect(text.getBytes(StandardCharsets.UTF_16LE)).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(detect(text.getBytes(StandardCharsets.UTF_16BE)).charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void validUtf8IsUtf8EvenWhenTheSampleEndCutsACharacterInHalf() {
        byte[] bytes = "Насколько вероятно".getBytes(StandardCharsets.UTF_8);
        // the sample ends after the first byte of a two-byte letter: that is the cut, not an error
        DetectedEncoding cut = detector.detect(bytes, bytes.length - 1, false);
        assertThat(cut.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aSequenceCutAtTheRealEndOfTheFileIsNotUtf8() {
        byte[] bytes = "Ok ä".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Scan.of(bytes, bytes.length - 1, true).valid()).isFalse();
        assertThat(Utf8Scan.of(bytes, bytes.length - 1, false).valid()).isTrue();
    }

    @Test
    void overlongAndSurrogateEncodingsAreInvalidUtf8() {
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, 2, true).valid())
                .isFalse();
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, 3, true)
                        .valid())
                .isFalse();
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 3, true)
                        .valid())
                .isFalse();
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 4, true)
                        .valid())
                .isFalse();
        assertThat(Utf8Scan.of("😀".getBytes(StandardCharsets.UTF_8), 4, true).valid())
                .isTrue();
    }

    @Test
    void russianTextThatIsNotUtf8IsWindows1251() {
        byte[] bytes = "Дата;Регион;Насколько вероятно, что вы порекомендуете нас?\n"
                .getBytes(Charset.forName("windows-1251"));
        assertThat(detect(bytes).charset()).isEqualTo(EncodingDetector.WINDOWS_1251);
    }

    @Test
    void westernTextThatIsNotUtf8IsWindows1252() {
        byte[] bytes = "Histórico,Número,Transferência\nSão Paulo,1,é\n".getBytes(EncodingDetector.WINDOWS_1252);
        assertThat(detect(bytes).charset()).isEqualTo(EncodingDetector.WINDOWS_1252);
    }

    @Test
    void plainAsciiIsUtf8() {
        assertThat(detect("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII)).charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
            csv_parser_fixtures/utf16.csv,     UTF-16LE,     2
            csv_parser_fixtures/utf16-big.csv, UTF-16BE,     2
            csv_parser_fixtures/latin.csv,     windows-1252, 0
            csv_parser_fixtures/utf8.csv,      UTF-8,        0
            commons_csv/bom.csv,               UTF-8,        3
            commons_csv/japanese.csv,          UTF-8,        0
            commons_csv/emoji.csv,             UTF-8,        0
            qualtrics/sample_legacy.csv,       UTF-8,        3
            """)
    void realFilesAreDetectedRight(String resource, String charset, int bom) throws IOException {
        Path file = TestFiles.resource(resource);
        TextSample sample = TextSample.read(file, EncodingDetector.SAMPLE_BYTES);
        DetectedEncoding encoding = detector.detect(sample.bytes(), sample.length(), sample.wholeFile());
        assertThat(encoding).isEqualTo(new DetectedEncoding(Charset.forName(charset), bom));
    }
}
