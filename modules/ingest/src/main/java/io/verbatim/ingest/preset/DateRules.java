package io.verbatim.ingest.preset;

import io.verbatim.ingest.survey.profile.DatePattern;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.regex.Pattern;

/**
 * The date decisions of a mapping, as the table and survey importers apply them: which slash order its date columns may take
 * (both, and the data decides, unless the mapping says), which zone a timestamp without an offset is in, and which
 * system Excel serial numbers count from.
 *
 * @param order the order of slash dates, or null to let the data decide
 * @param zone the zone of offset-less timestamps, or null to keep them local
 * @param excel1904 serial numbers count from 1904
 */
public record DateRules(DateOrder order, ZoneId zone, boolean excel1904) {

    public static final DateRules DETECT = new DateRules(null, null, false);

    private static final Pattern LOCAL_TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    public static DateRules of(ColumnMapping mapping) {
        return new DateRules(mapping.dateOrder(), mapping.timeZone(), mapping.excel1904());
    }

    /** The survey date shapes a column may take: dotted dates stay day-first, the other slash order is ruled out. */
    public EnumSet<DatePattern> patterns() {
        EnumSet<DatePattern> patterns = EnumSet.allOf(DatePattern.class);
        if (order == DateOrder.DMY) {
            patterns.remove(DatePattern.MONTH_FIRST_SLASH);
        } else if (order == DateOrder.MDY) {
            patterns.remove(DatePattern.DAY_FIRST_SLASH);
        }
        return patterns;
    }

    /** An ISO timestamp without an offset placed in {@link #zone} ({@code 2024-03-05T10:15:00+03:00}); else as is. */
    public String zoned(String iso) {
        if (zone == null || !LOCAL_TIMESTAMP.matcher(iso).matches()) {
            return iso;
        }
        return LocalDateTime.parse(iso).atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
