package io.verbatim.ingest.survey.profile;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * An Excel serial date in a CSV ({@code 45356} or {@code 45356.3833}): what a date column becomes when a sheet is
 * saved as CSV with the cells in the General format. Workbooks need none of this, their date cells are read as dates
 * with the workbook's own 1900 or 1904 system. Only serials between 1927 and 2173 are taken, so a column of small
 * counts is never read as dates in 1900.
 */
public final class SerialDate {

    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:[.,]\\d+)?");
    private static final double FIRST = 10_000;
    private static final double LAST = 100_000;

    private SerialDate() {}

    /** True when the cell is a serial number {@link #toIso} reads, without building the text. */
    public static boolean accepts(String cell) {
        return SERIAL.matcher(cell).matches();
    }

    /** True when a whole number is in the range of serials {@link #toIso} reads. */
    public static boolean inRange(long value) {
        return value >= FIRST && value < LAST;
    }

    /**
     * @param from1904 count from 1904 (old Mac workbooks) instead of 1900
     * @return the cell in ISO-8601, a date alone when it has no fraction
     */
    public static Optional<String> toIso(String cell, boolean from1904) {
        if (!SERIAL.matcher(cell).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(cell.replace(',', '.'));
        if (value < FIRST || value >= LAST) {
            return Optional.empty();
        }
        LocalDateTime at = DateUtil.getLocalDateTime(value, from1904, true);
        if (value == Math.rint(value)) {
            return Optional.of(at.toLocalDate().toString());
        }
        return Optional.of(at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    }
}
