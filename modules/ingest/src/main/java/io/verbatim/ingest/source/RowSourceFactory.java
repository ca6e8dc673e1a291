package io.verbatim.ingest.source;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.json.known.KnownJson;
import io.verbatim.ingest.report.ProblemRule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a file as CSV or XLSX by its content, not its extension (exports get renamed), after the checks that must
 * refuse it up front: missing, empty, binary, password-protected.
 */
public final class RowSourceFactory {

    private static final String NOT_A_TABLE = "is a JSON file, not a table; Verbatim reads the JSON of Zendesk tickets"
            + " (tickets.json with ticket_metrics.json), Zendesk chats and Telegram channels (result.json); export other"
            + " data as CSV or XLSX";

    private final EncodingDetector encodings = new EncodingDetector();
    private final DelimiterSniffer delimiters = new DelimiterSniffer();

    public RowSource open(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException(ProblemRule.EMPTY_FILE, file, 0, 0, "the file is empty");
            }
            TextSample sample = TextSample.read(file, EncodingDetector.SAMPLE_BYTES);
            if (sample.startsWith(0x50, 0x4B, 0x03, 0x04)) {
                return new XlsxRowSource(file, size);
            }
            if (sample.startsWith(0xD0, 0xCF, 0x11, 0xE0)) {
                throw new ImportException(
                        ProblemRule.ENCRYPTED,
                        file,
                        0,
                        0,
                        "is a password-protected workbook or an old binary .xls file; remove the password and save"
                                + " it as .xlsx, or export CSV");
            }
            return openCsv(file, sample, size);
        } catch (NoSuchFileException e) {
            throw new ImportException(ProblemRule.UNREADABLE, file, 0, 0, "the file does not exist", e);
        } catch (IOException e) {
            throw new ImportException(ProblemRule.UNREADABLE, file, 0, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private RowSource openCsv(Path file, TextSample sample, long size) {
        DetectedEncoding encoding = encodings.detect(sample.bytes(), sample.length(), sample.wholeFile());
        if (!encoding.isUtf16()) {
            int binary = sample.firstBinaryByte();
            if (binary >= 0) {
                throw binaryContent(file, sample, binary);
            }
        }
        String text = decodeSample(sample, encoding);
        if (text.isBlank()) {
            throw new ImportException(ProblemRule.EMPTY_FILE, file, 0, 0, "the file is empty");
        }
        if (looksLikeJson(text) || KnownJson.startsAsBase64Json(text)) {
            throw new ImportException(
                    ProblemRule.UNKNOWN_KIND, file, 1, 1, KnownJson.whatIs(file).orElse(NOT_A_TABLE));
        }
        return new CsvRowSource(file, encoding, delimiters.sniff(text, sample.wholeFile()), size);
    }

    /**
     * A table's first line is a header or data, never a JSON object or array; without this check, JSON that no JSON
     * importer recognises would be read as a one-column table of braces. Base64-encoded JSON is caught the same way
     * ({@link KnownJson#startsAsBase64Json}), and both are refused with what the file is when {@link KnownJson} can
     * tell.
     */
    static boolean looksLikeJson(String text) {
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            return true;
        }
        return start.startsWith("[") && start.substring(1).stripLeading().matches("(?s)[{\\[\"\\]].*");
    }

    /** Names the line and the field where the first byte that text never contains sits. */
    private ImportException binaryContent(Path file, TextSample sample, int offset) {
        String before = decode(sample.bytes(), 0, offset, EncodingDetector.WINDOWS_1252);
        int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
        char delimiter = delimiters.sniff(before, false);
        int column = 1
                + (int) before.substring(lineStart)
                        .chars()
                        .filter(c -> c == delimiter)
                        .count();
        return new ImportException(
                ProblemRule.BINARY,
                file,
                sample.lineOf(offset),
                column,
                "contains binary data (byte 0x%02X), so it is not a CSV text file; export the survey again as CSV or XLSX"
                        .formatted(sample.bytes()[offset] & 0xFF));
    }

    private static String decodeSample(TextSample sample, DetectedEncoding encoding) {
        int bom = encoding.bomLength();
        return decode(sample.bytes(), bom, sample.length() - bom, encoding.charset());
    }

    private static String decode(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("A replacing decoder never fails", e);
        }
    }
}
