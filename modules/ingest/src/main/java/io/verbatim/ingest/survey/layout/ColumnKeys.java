package io.verbatim.ingest.survey.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes column keys unique the same way on every import of the same file, so saved recipes keep working: a blank
 * header becomes {@code column_N} (1-based position) and a repeated one gets {@code _2}, {@code _3}, ...
 */
final class ColumnKeys {

    private ColumnKeys() {}

    static List<String> unique(List<String> rawKeys) {
        Set<String> taken = new HashSet<>();
        List<String> keys = new ArrayList<>(rawKeys.size());
        for (int i = 0; i < rawKeys.size(); i++) {
            String base = rawKeys.get(i) == null ? "" : rawKeys.get(i).strip();
            if (base.isEmpty()) {
                base = "column_" + (i + 1);
            }
            String key = base;
            for (int n = 2; !taken.add(key.toLowerCase(Locale.ROOT)); n++) {
                key = base + "_" + n;
            }
            keys.add(key);
        }
        return keys;
    }

    static String cell(String[] row, int index) {
        return row != null && index < row.length && row[index] != null ? row[index].strip() : "";
    }
}
