package io.verbatim.analytics.score;

import io.verbatim.domain.dataset.Scale;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A question's cells as codes on its scale, one per row: the single place blanks, N/A and out-of-scale answers become
 * "no answer", for the scorer and the cube alike.
 */
public final class AnswerCodes {

    /** Marks a row without a valid answer. */
    public static final int NO_ANSWER = Integer.MIN_VALUE;

    /** Distinct answer strings remembered per column; a rating column has a few dozen, never more. */
    private static final int MEMO_LIMIT = 4096;

    private AnswerCodes() {}

    /** One code per row, {@link #NO_ANSWER} where the cell is blank, N/A or outside the scale. */
    public static int[] of(String[] cells, Scale scale) {
        int[] codes = new int[cells.length];
        // A stored column shares one string per distinct answer, so each answer is parsed once, not once per row.
        Map<String, Integer> known = new IdentityHashMap<>();
        for (int row = 0; row < cells.length; row++) {
            Integer code = known.get(cells[row]);
            if (code == null) {
                OptionalInt parsed = scale.codeOf(cells[row]);
                code = parsed.isPresent() ? parsed.getAsInt() : NO_ANSWER;
                if (known.size() < MEMO_LIMIT) {
                    known.put(cells[row], code);
                }
            }
            codes[row] = code;
        }
        return codes;
    }
}
