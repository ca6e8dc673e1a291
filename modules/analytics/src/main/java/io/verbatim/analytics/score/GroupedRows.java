package io.verbatim.analytics.score;

import io.verbatim.domain.score.Score;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeMap;

/**
 * Splits the rows with a valid answer to one question into display-ordered groups of row numbers (so a group's codes
 * and weights are picked by the same rows). Rows without a valid answer still create their group (with n = 0), so a
 * segment whose respondents all skipped the question is shown as empty rather than missing.
 */
final class GroupedRows {

    /** The group of rows whose breakdown cell is blank. */
    static final String BLANK = GroupOrder.BLANK;

    /** Marks a row without a valid answer in the per-row code array. */
    static final int NO_ANSWER = AnswerCodes.NO_ANSWER;

    /** Instances remembered by {@link #byValue}; a column of free text would otherwise fill the memo for nothing. */
    private static final int INSTANCE_MEMO = 4096;

    private GroupedRows() {}

    static SequencedMap<String, int[]> all(int[] codes) {
        CodeBuffer buffer = new CodeBuffer();
        for (int row = 0; row < codes.length; row++) {
            addIfAnswer(buffer, codes, row);
        }
        SequencedMap<String, int[]> groups = new LinkedHashMap<>();
        groups.put(Score.ALL, buffer.toArray());
        return groups;
    }

    /** One group per distinct breakdown value: largest n first, then by name, and (blank) always last. */
    static SequencedMap<String, int[]> byValue(int[] codes, String[] values) {
        Map<String, CodeBuffer> buffers = new HashMap<>();
        // A stored column shares one string per distinct value, so each value is stripped and looked up once.
        Map<String, CodeBuffer> byInstance = new IdentityHashMap<>();
        for (int row = 0; row < codes.length; row++) {
            String cell = values[row];
            CodeBuffer buffer = byInstance.get(cell);
            if (buffer == null) {
                String value = cell.strip();
                buffer = buffers.computeIfAbsent(value.isEmpty() ? BLANK : value, g -> new CodeBuffer());
                if (byInstance.size() < INSTANCE_MEMO) {
                    byInstance.put(cell, buffer);
                }
            }
            addIfAnswer(buffer, codes, row);
        }
        Map<String, Integer> sizes = new HashMap<>();
        buffers.forEach((group, buffer) -> sizes.put(group, buffer.size()));
        List<String> order = GroupOrder.of(sizes);
        SequencedMap<String, int[]> groups = new LinkedHashMap<>();
        order.forEach(g -> groups.put(g, buffers.get(g).toArray()));
        return groups;
    }

    /**
     * One group per period with at least one dated row, in chronological order. Rows whose date cell is blank or
     * unparseable belong to no period. Empty periods between two dated ones are not invented.
     */
    static SequencedMap<String, int[]> byPeriod(int[] codes, String[] dateCells, Period period) {
        ResponseDates dates = new ResponseDates();
        TreeMap<String, CodeBuffer> buffers = new TreeMap<>();
        Map<LocalDate, String> labels = new HashMap<>();
        for (int row = 0; row < codes.length; row++) {
            LocalDate date = dates.dateOf(dateCells[row]);
            if (date != null) {
                String label = labels.computeIfAbsent(date, period::label);
                addIfAnswer(buffers.computeIfAbsent(label, l -> new CodeBuffer()), codes, row);
            }
        }
        SequencedMap<String, int[]> groups = new LinkedHashMap<>();
        buffers.forEach((label, buffer) -> groups.put(label, buffer.toArray()));
        return groups;
    }

    private static void addIfAnswer(CodeBuffer buffer, int[] codes, int row) {
        if (codes[row] != NO_ANSWER) {
            buffer.add(row);
        }
    }
}
