package io.verbatim.cli;

import io.verbatim.ingest.source.RowSourceFactory;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a real CSV export into two overlapping "monthly" exports, the way a help desk's exports overlap: records are
 * read with the importer's own CSV reader (the ticket texts span lines) and written back quoted.
 */
final class TicketHalves {

    private TicketHalves() {}

    /** Every record of the file, the header first. */
    static List<String[]> read(Path csv) {
        List<String[]> rows = new ArrayList<>();
        new RowSourceFactory().open(csv).read(row -> {
            rows.add(row.cells().clone());
            return true;
        });
        return rows;
    }

    /** The header and records {@code from} (inclusive) to {@code to} (exclusive) as a CSV file. */
    static Path write(Path file, List<String[]> rows, int from, int to) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeRow(out, rows.getFirst());
            for (String[] row : rows.subList(from, to)) {
                writeRow(out, row);
            }
        }
        return file;
    }

    private static void writeRow(Writer out, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.write(cells[i].replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\r\n");
    }
}
