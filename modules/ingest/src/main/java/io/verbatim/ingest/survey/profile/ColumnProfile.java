package io.verbatim.ingest.survey.profile;

import io.verbatim.domain.dataset.ValueType;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one column's cells look like, gathered in a single streaming pass: whether all are numbers, which date shapes
 * fit all of them, the range of their integer codes, and (while there are few) the distinct answers. Memory per column
 * is constant, whatever the file size.
 */
public final class ColumnProfile {

    /** More distinct answers than this cannot be a labelled rating scale. */
    public static final int MAX_DISTINCT = 24;

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** {@code DatePattern.values()} makes a new array at every call; every cell of a date column looks at them. */
    private static final DatePattern[] DATE_PATTERNS = DatePattern.values();
    /** Raw cells remembered so a repeated answer is not normalised again; bounded so memory stays constant. */
    private static final int RAW_CACHE = 1024;

    private static final int RECENT_SLOTS = 256;

    private final EnumSet<DatePattern> dates;
    private final Set<String> distinct = new LinkedHashSet<>();
    private final Set<String> seenRaw = new HashSet<>();
    /** The instances last looked at, by hash: the reader hands over one instance per repeated answer. */
    private final String[] recentRaw = new String[RECENT_SLOTS];
    /** The last cell the ISO fast path found valid, so that loading it need not check it again ({@link #knownIso}). */
    private String lastValidIso;

    private long nonBlank;
    private boolean allNumbers = true;
    private boolean allCodes = true;
    private boolean manyDistinct;
    private boolean allSerial = true;
    private long minCode = Long.MAX_VALUE;
    private long maxCode = Long.MIN_VALUE;

    /** A profile for which every date shape is still possible. */
    public ColumnProfile() {
        this(EnumSet.allOf(DatePattern.class));
    }

    /** @param dateShapes the date shapes the column may take (a mapping's date order rules one slash order out) */
    public ColumnProfile(Set<DatePattern> dateShapes) {
        this.dates = dateShapes.isEmpty() ? EnumSet.noneOf(DatePattern.class) : EnumSet.copyOf(dateShapes);
    }

    public void accept(String raw) {
        String cell = hasEdgeSpace(raw) ? raw.strip() : raw;
        if (cell.isEmpty()) {
            return;
        }
        nonBlank++;
        int plain = plainInteger(cell);
        if (plain >= 0) {
            // Most rating cells are plain integers: a number and a code, and no date shape (all need separators).
            dates.clear();
            code(plain);
            if (allSerial && !SerialDate.inRange(plain)) {
                allSerial = false;
            }
        } else {
            acceptOther(cell);
        }
        if (!manyDistinct && firstSight(cell)) {
            distinct.add(WHITESPACE.matcher(cell).replaceAll(" ").toLowerCase(Locale.ROOT));
            manyDistinct = distinct.size() > MAX_DISTINCT;
        }
    }

    private void acceptOther(String cell) {
        if (allSerial && !SerialDate.accepts(cell)) {
            allSerial = false;
        }
        if (allNumbers && !NUMBER.matcher(cell).matches()) {
            allNumbers = false;
        }
        if (isoOnly()) {
            if (!acceptsIso(cell)) {
                dates.clear();
            }
        } else if (!dates.isEmpty()) {
            narrowDates(cell);
        }
        if (allCodes) {
            // A date the fast path has just read starts like a labelled code ("2025-03-10" reads as code 2025).
            long code = cell == lastValidIso ? IsoFastPath.year(cell) : LeadingCode.of(cell);
            if (code == LeadingCode.NONE) {
                allCodes = false;
            } else {
                code(code);
            }
        }
    }

    /**
     * Drops the date shapes this cell does not fit. Once ISO alone is left, as in most exports, cells go to
     * {@link #acceptsIso} instead: this loop, with every shape's parser inlined, then stays cold and is never compiled
     * by the optimising compiler (which took 0.14 s over it).
     */
    private void narrowDates(String cell) {
        for (DatePattern pattern : DATE_PATTERNS) {
            if (dates.contains(pattern) && !accepts(pattern, cell)) {
                dates.remove(pattern);
            }
        }
    }

    /** ISO is the one date shape left, so cells are checked against it alone (a bit count and a bit test). */
    private boolean isoOnly() {
        return dates.size() == 1 && dates.contains(DatePattern.ISO);
    }

    private boolean accepts(DatePattern pattern, String cell) {
        return pattern == DatePattern.ISO ? acceptsIso(cell) : pattern.accepts(cell);
    }

    private boolean acceptsIso(String cell) {
        int fast = IsoFastPath.check(cell);
        if (fast == IsoFastPath.VALID) {
            lastValidIso = cell;
            return true;
        }
        lastValidIso = null;
        return fast != IsoFastPath.INVALID && DatePattern.ISO.accepts(cell);
    }

    /**
     * The ISO text of {@code cell} when it is the very cell this profile has just found to be a valid ISO date or date
     * and time (the import writes dates as it reads them, right after profiling the row); null otherwise.
     */
    public String knownIso(String cell) {
        return cell == lastValidIso && cell != null && dates.contains(DatePattern.ISO)
                ? IsoFastPath.reshape(cell)
                : null;
    }

    /**
     * Whether the cell may start or end with white space. Characters between a space and U+1680 are never white
     * space, so most cells (digits, Latin and Cyrillic text) are settled by looking at two characters.
     */
    static boolean hasEdgeSpace(String cell) {
        int length = cell.length();
        return length > 0 && !(inner(cell.charAt(0)) && inner(cell.charAt(length - 1)));
    }

    private static boolean inner(char c) {
        return c > ' ' && c < '\u1680';
    }

    private void code(long value) {
        if (allCodes) {
            minCode = Math.min(minCode, value);
            maxCode = Math.max(maxCode, value);
        }
    }

    private boolean firstSight(String cell) {
        int slot = cell.hashCode() & (RECENT_SLOTS - 1);
        if (recentRaw[slot] == cell) {
            // This very instance was looked at before (its hash is cached, so this costs a load and a compare).
            return false;
        }
        recentRaw[slot] = cell;
        return seenRaw.size() >= RAW_CACHE || seenRaw.add(cell);
    }

    /** The value of 1–9 ASCII digits, or −1 for anything else (signs, decimals and labels take the regex path). */
    private static int plainInteger(String cell) {
        int length = cell.length();
        if (length > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public long nonBlank() {
        return nonBlank;
    }

    /** NUMBER when every non-blank cell is a number, DATETIME when one date shape fits them all, else TEXT. */
    public ValueType type() {
        if (nonBlank == 0) {
            return ValueType.TEXT;
        }
        if (allNumbers) {
            return ValueType.NUMBER;
        }
        return dates.isEmpty() ? ValueType.TEXT : ValueType.DATETIME;
    }

    /**
     * The one date shape every cell so far fits, while exactly one does (and not every cell is a number); null
     * otherwise. Unlike {@link #datePattern()} it may still change: to null, if a later cell fits no shape.
     */
    public DatePattern soleDatePattern() {
        return dates.size() == 1 && nonBlank > 0 && !allNumbers
                ? dates.iterator().next()
                : null;
    }

    /**
     * True when every non-blank cell is an Excel serial date between 1927 and 2173 ({@code 45356}, {@code 45356.38}):
     * a date column saved from a sheet as CSV in the General format. Only a column whose header names a date is read as
     * one; any other is a column of numbers.
     */
    public boolean serialDates() {
        return nonBlank > 0 && allSerial;
    }

    /** False once no date shape fits the column; it never becomes true again. */
    public boolean mayBeDates() {
        return !dates.isEmpty();
    }

    /** The date shape of a DATETIME column. */
    public Optional<DatePattern> datePattern() {
        return type() == ValueType.DATETIME ? Optional.of(dates.iterator().next()) : Optional.empty();
    }

    /** True when every non-blank cell starts with an integer code (plain or labelled like "10 - Extremely likely"). */
    public boolean integerCodes() {
        return nonBlank > 0 && allCodes && type() != ValueType.DATETIME;
    }

    public long minCode() {
        return minCode;
    }

    public long maxCode() {
        return maxCode;
    }

    /** The distinct answers, normalised (lower case, single spaces), or empty when there are too many. */
    public Set<String> distinctAnswers() {
        return manyDistinct ? Set.of() : Set.copyOf(distinct);
    }
}
