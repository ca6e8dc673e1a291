package io.verbatim.analytics.ticket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link TicketTable} from a header line and rows, cells separated by {@code |}. */
final class Tickets {

    private Tickets() {}

    static TicketTable table(String text) {
        List<String> lines = text.strip().lines().map(String::strip).toList();
        String[] keys = split(lines.getFirst());
        int rows = lines.size() - 1;
        Map<String, String[]> cells = new LinkedHashMap<>();
        for (String key : keys) {
            cells.put(key, new String[rows]);
        }
        for (int row = 0; row < rows; row++) {
            String[] values = split(lines.get(row + 1));
            for (int c = 0; c < keys.length; c++) {
                cells.get(keys[c])[row] = c < values.length ? values[c] : "";
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : keys) {
            labels.put(key, key);
        }
        return new TicketTable("fixture", rows, cells, labels);
    }

    private static String[] split(String line) {
        String[] parts = line.split("\\|", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }
}
