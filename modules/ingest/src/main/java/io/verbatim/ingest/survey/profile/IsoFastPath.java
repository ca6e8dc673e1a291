package io.verbatim.ingest.survey.profile;

import java.time.Year;

/**
 * Reads the commonest export date shapes, {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm[:ss]} (space or {@code T}),
 * without a regular expression. Every cell of a date column passes through here twice (profiling and loading), and
 * the regex path costs more than the rest of the import for that column; anything not exactly of these shapes goes
 * back to the regex path, so behaviour is unchanged.
 */
final class IsoFastPath {

    static final int VALID = 1;
    static final int INVALID = 0;
    static final int OTHER_SHAPE = -1;

    private IsoFastPath() {}

    /**
     * @return the ISO text, "" when the cell has one of the shapes but is not a real date or time (31 February, 25:00),
     *     or null when the cell has another shape and the regex path must decide
     */
    static String toIso(String cell) {
        int check = check(cell);
        if (check != VALID) {
            return check == OTHER_SHAPE ? null : "";
        }
        return reshape(cell);
    }

    /** The ISO text of a cell {@link #check} found {@link #VALID}; nothing is checked again. */
    static String reshape(String valid) {
        int length = valid.length();
        if (length == 10 || (length == 19 && valid.charAt(10) == 'T')) {
            return valid;
        }
        if (length == 19) {
            // The one space of a valid shape is the date-time separator.
            return valid.replace(' ', 'T');
        }
        return new StringBuilder(19)
                .append(valid, 0, 10)
                .append('T')
                .append(valid, 11, 16)
                .append(":00")
                .toString();
    }

    /** The year of a cell {@link #check} found {@link #VALID}: its first four characters are digits. */
    static int year(String valid) {
        return number(valid, 0, 4);
    }

    /** {@link #VALID}, {@link #INVALID} (the shape, but 31 February or 25:00) or {@link #OTHER_SHAPE}. */
    static int check(String cell) {
        int length = cell.length();
        if ((length != 10 && length != 16 && length != 19) || !dateShape(cell)) {
            return OTHER_SHAPE;
        }
        if (length > 10 && !timeShape(cell, length)) {
            return OTHER_SHAPE;
        }
        int month = number(cell, 5, 7);
        int day = number(cell, 8, 10);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(number(cell, 0, 4), month)) {
            return INVALID;
        }
        if (length == 10) {
            return VALID;
        }
        int hour = number(cell, 11, 13);
        int minute = number(cell, 14, 16);
        int second = length == 19 ? number(cell, 17, 19) : 0;
        return hour > 23 || minute > 59 || second > 59 ? INVALID : VALID;
    }

    private static boolean dateShape(String cell) {
        return digits(cell, 0, 4)
                && cell.charAt(4) == '-'
                && digits(cell, 5, 7)
                && cell.charAt(7) == '-'
                && digits(cell, 8, 10);
    }

    private static boolean timeShape(String cell, int length) {
        char separator = cell.charAt(10);
        boolean base = (separator == ' ' || separator == 'T')
                && digits(cell, 11, 13)
                && cell.charAt(13) == ':'
                && digits(cell, 14, 16);
        return base && (length == 16 || (cell.charAt(16) == ':' && digits(cell, 17, 19)));
    }

    private static boolean digits(String cell, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String cell, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (cell.charAt(i) - '0');
        }
        return value;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
