package io.verbatim.ingest.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Tells a table saved as {@code .txt} from prose, so a delimited export goes to the table importers: its first lines
 * all have the same, non-zero number of one delimiter, which prose almost never has.
 */
final class TableLikeText {

    private static final int SAMPLE_BYTES = 16 * 1024;
    private static final int SAMPLE_LINES = 10;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private TableLikeText() {}

    static boolean looksTabular(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            return false;
        }
        // Latin-1 keeps every delimiter byte of any ASCII-compatible encoding where it is.
        List<String> lines = new String(head, StandardCharsets.ISO_8859_1)
                .lines()
                .filter(line -> !line.isBlank())
                .limit(SAMPLE_LINES)
                .toList();
        if (lines.size() == SAMPLE_LINES || head.length < SAMPLE_BYTES) {
            return lines.size() >= 2 && sameDelimiterCount(lines);
        }
        return lines.size() > 2 && sameDelimiterCount(lines.subList(0, lines.size() - 1));
    }

    private static boolean sameDelimiterCount(List<String> lines) {
        for (char delimiter : DELIMITERS) {
            long[] counts = lines.stream()
                    .mapToLong(line -> line.chars().filter(c -> c == delimiter).count())
                    .toArray();
            if (counts[0] > 0 && Arrays.stream(counts).allMatch(n -> n == counts[0])) {
                return true;
            }
        }
        return false;
    }
}
