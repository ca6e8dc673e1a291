package io.verbatim.ingest.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes an {@link ImportReport} as a CSV a spreadsheet opens: UTF-8 with a byte-order mark (so Excel shows Cyrillic
 * headers and values right), one problem a row under {@link #HEADER}. The file is written beside the target and moved
 * into place, so a reader never sees half a report.
 */
public final class ImportReportWriter {

    /** The report's columns, in order. */
    public static final List<String> HEADER =
            List.of("file", "line", "column", "column_name", "rule", "value", "message");

    private ImportReportWriter() {}

    public static void write(ImportReport report, Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        try {
            Path partial = Files.createTempFile(folder, ".import-report-", ".partial");
            try {
                try (var out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                        CsvWriter csv = CsvWriter.builder()
                                .lineDelimiter(LineDelimiter.CRLF)
                                .build(out)) {
                    out.write('\uFEFF');
                    csv.writeRecord(HEADER);
                    for (ImportProblem p : report.problems()) {
                        csv.writeRecord(
                                p.file(),
                                Long.toString(p.line()),
                                Integer.toString(p.column()),
                                p.columnName(),
                                p.rule().id(),
                                p.value(),
                                p.message());
                    }
                }
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the error report " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when {@code file} starts with this report's header line: a report an earlier run wrote, safe to remove
     * before a new run so a stale report is never taken for this one's.
     */
    public static boolean isReport(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first != null && first.replace("\uFEFF", "").equals(String.join(",", HEADER));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
