package io.verbatim.ingest.survey;

import io.verbatim.ingest.preset.DateRules;
import io.verbatim.ingest.survey.profile.CellNormaliser;
import io.verbatim.ingest.survey.profile.ColumnProfile;
import io.verbatim.ingest.survey.profile.DatePattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes a date column in ISO-8601 while the file is still being read, on the bet that the one date shape its cells
 * fit so far is the one they all fit. A column is only bet on once its profile has narrowed to a single shape, and
 * profiles only ever narrow, so the bet can fail one way: a later cell fits no date shape and the column is text after
 * all. Then rows already stored were rewritten that should not have been, and the import starts over the careful way
 * ({@link #failed()}). Rows stored before a bet began (ambiguous slash dates, say, until a day above 12 decides) are
 * put right at commit, by the same rewrite: writing ISO is idempotent, so the values already in ISO pass through it
 * unchanged.
 */
final class DateSpeculation {

    private final List<ColumnProfile> profiles;
    private final DateRules rules;
    private final DatePattern[] betOn;
    private final boolean[] fromFirstRow;
    /** Columns still to look at, in {@code open[0..openCount)}: those that may yet be dates. */
    private final int[] open;

    private int openCount;
    private boolean firstRow = true;
    private boolean failed;

    /** @param rules the mapping's date decisions: the zone of a time written without an offset */
    DateSpeculation(List<ColumnProfile> profiles, DateRules rules) {
        this.profiles = profiles;
        this.rules = rules;
        this.betOn = new DatePattern[profiles.size()];
        this.fromFirstRow = new boolean[profiles.size()];
        this.open = new int[profiles.size()];
        for (int i = 0; i < profiles.size(); i++) {
            open[openCount++] = i;
        }
    }

    /** Rewrites the dates of a row the profiles have just seen, in place. */
    void normalise(String[] cells) {
        for (int k = openCount - 1; k >= 0; k--) {
            int column = open[k];
            ColumnProfile profile = profiles.get(column);
            DatePattern pattern = betOn[column];
            if (pattern == null) {
                if (!profile.mayBeDates()) {
                    close(k);
                    continue;
                }
                pattern = profile.soleDatePattern();
                if (pattern == null) {
                    continue;
                }
                betOn[column] = pattern;
                fromFirstRow[column] = firstRow;
            } else if (profile.soleDatePattern() != pattern) {
                failed = true;
                close(k);
                continue;
            }
            String known = pattern == DatePattern.ISO ? profile.knownIso(cells[column]) : null;
            String iso = known != null ? known : CellNormaliser.iso(pattern, cells[column]);
            cells[column] = rules.zone() == null ? iso : rules.zoned(iso);
        }
        firstRow = false;
    }

    private void close(int k) {
        System.arraycopy(open, k + 1, open, k, openCount - k - 1);
        openCount--;
    }

    /** True when a column bet on turned out not to be dates: what was stored must be read again. */
    boolean failed() {
        return failed;
    }

    /**
     * The rewrites the commit still has to apply: those of the planned date columns ({@link DateWriting}) except the
     * columns written as they were read from their first row on. Serial-date columns are never bet on, so they are
     * always left to the commit.
     */
    Map<Integer, UnaryOperator<String>> remainingRewrites(Map<Integer, UnaryOperator<String>> planned) {
        Map<Integer, UnaryOperator<String>> rewrites = new HashMap<>(planned);
        for (int i = 0; i < profiles.size(); i++) {
            DatePattern pattern = profiles.get(i).datePattern().orElse(null);
            if (pattern != null && pattern == betOn[i] && fromFirstRow[i]) {
                rewrites.remove(i);
            }
        }
        return rewrites;
    }
}
