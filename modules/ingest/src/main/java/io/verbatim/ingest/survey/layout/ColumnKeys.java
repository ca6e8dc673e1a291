package io.verbatim.ingest.survey.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes column keys unique the same way on every import of the same file, so saved recipes keep working: a blank
 * header becomes {@code column_N} (1-based position) and a repeated one gets {@code _2}, {@code _3}, ... Keys are
 * typed on the command line, so a header longer than {@value #MAX_KEY_LENGTH} characters (SurveyMonkey uses whole
 * question texts) is shortened to its beginning and end; the full text stays the column's label.
 */
public final class ColumnKeys {

    static final int MAX_KEY_LENGTH = 64;
    private static final int HEAD = 40;
    private static final int TAIL = 20;

    private ColumnKeys() {}

    public static List<String> unique(List<String> rawKeys) {
        Set<String> taken = new HashSet<>();
        List<String> keys = new ArrayList<>(rawKeys.size());
        for (int i = 0; i < rawKeys.size(); i++) {
            String base = rawKeys.get(i) == null ? "" : rawKeys.get(i).strip();
            if (base.isEmpty()) {
                base = "column_" + (i + 1);
            }
            base = shorten(base);
            String key = base;
            for (int n = 2; !taken.add(key.toLowerCase(Locale.ROOT)); n++) {
                key = base + "_" + n;
            }
            keys.add(key);
        }
        return keys;
    }

    /** Keeps the start (the question) and the end (a multi-column question's sub-label) of an over-long header. */
    static String shorten(String header) {
        String text = header.replaceAll("\\s+", " ");
        if (text.length() <= MAX_KEY_LENGTH) {
            return text;
        }
        String head = text.substring(0, HEAD);
        int space = head.lastIndexOf(' ');
        if (space > HEAD / 2) {
            head = head.substring(0, space);
        }
        String tail = text.substring(text.length() - TAIL);
        int tailSpace = tail.indexOf(' ');
        if (tailSpace >= 0 && tailSpace < TAIL / 2) {
            tail = tail.substring(tailSpace + 1);
        }
        return head.strip() + "…" + tail.strip();
    }

    static String cell(String[] row, int index) {
        return row != null && index < row.length && row[index] != null ? row[index].strip() : "";
    }
}
