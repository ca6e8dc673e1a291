package io.verbatim.analytics.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The breakdown of mentions into groups by the cells of a {@code --by} column: one group per distinct value (trimmed),
 * blank cells in their own {@value #BLANK} group, largest group first (ties by name). Without a column every mention is
 * in the group {@value #ALL}.
 *
 * @param names group names, in display order
 * @param rowGroups for each mention, the index of its group in {@code names}
 */
public record Groups(List<String> names, int[] rowGroups) {

    public static final String ALL = "all";
    public static final String BLANK = "(blank)";

    public Groups {
        names = List.copyOf(names);
    }

    public static Groups all(int rows) {
        return new Groups(List.of(ALL), new int[rows]);
    }

    /** Groups by cell value; {@code cells} null means one group of everything. */
    public static Groups by(String[] cells, int rows) {
        if (cells == null) {
            return all(rows);
        }
        Map<String, Integer> sizes = new HashMap<>();
        for (String cell : cells) {
            sizes.merge(name(cell), 1, Integer::sum);
        }
        List<String> names = new ArrayList<>(sizes.keySet());
        names.sort(Comparator.<String>comparingInt(sizes::get).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> index = new LinkedHashMap<>();
        names.forEach(name -> index.put(name, index.size()));
        int[] rowGroups = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            rowGroups[i] = index.get(name(cells[i]));
        }
        return new Groups(names, rowGroups);
    }

    /** Groups by period label, in time order; undated mentions are in no group (index −1). */
    public static Groups byPeriod(PeriodAxis axis) {
        return new Groups(axis.labels(), axis.rowPeriods().clone());
    }

    public int size() {
        return names.size();
    }

    private static String name(String cell) {
        String value = cell.strip();
        return value.isEmpty() ? BLANK : value;
    }
}
