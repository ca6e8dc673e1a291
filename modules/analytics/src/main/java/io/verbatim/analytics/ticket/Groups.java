package io.verbatim.analytics.ticket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rows by group: {@code all} first, then the breakdown column's values in order, blanks as {@code (blank)}. */
final class Groups {

    static final String ALL = "all";
    static final String BLANK = "(blank)";

    private Groups() {}

    /**
     * The group each row belongs to besides {@code all}, or null without a breakdown; a cell that reads {@code all}
     * becomes {@code all (value)} so it cannot merge with the whole dataset.
     */
    static String[] labels(TicketTable table, String by) {
        if (by == null) {
            return null;
        }
        String[] cells = table.column(by)
                .orElseThrow(() -> new KpiException("dataset " + table.dataset() + " has no column " + by
                        + "; run 'verbatim datasets' to see its columns"));
        String[] labels = new String[cells.length];
        for (int row = 0; row < cells.length; row++) {
            String cell = cells[row].strip();
            labels[row] = cell.isEmpty() ? BLANK : ALL.equals(cell) ? ALL + " (value)" : cell;
        }
        return labels;
    }

    /** Row indices of {@code all} and of each group, in the order results list them. */
    static Map<String, List<Integer>> rows(String[] labels, int rows) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<Integer> all = new ArrayList<>();
        Map<String, List<Integer>> byValue = new TreeMap<>();
        for (int row = 0; row < rows; row++) {
            all.add(row);
            if (labels != null) {
                byValue.computeIfAbsent(labels[row], k -> new ArrayList<>()).add(row);
            }
        }
        groups.put(ALL, all);
        groups.putAll(byValue);
        return groups;
    }
}
