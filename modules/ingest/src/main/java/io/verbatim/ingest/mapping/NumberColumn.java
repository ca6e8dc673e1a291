package io.verbatim.ingest.mapping;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a canonical NUMBER column (reach, engagement, minutes) as exports write it: {@code 12 345} and {@code 12,345}
 * with thousands separators, {@code 1,5} with a decimal comma, a dash or {@code n/a} for "none".
 */
final class NumberColumn {

    private NumberColumn() {}

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F\u2009]+");
    private static final Set<String> NONE = Set.of("-", "—", "–", "n/a", "na", "none", "нет данных", "н/д");

    /** True when the cell is a number, blank or "none". */
    static boolean accepts(String raw) {
        return plain(raw).isPresent();
    }

    /** The number as plain digits with a decimal point, "" for a blank or "none", or the cell when not a number. */
    static String toPlain(String raw) {
        return plain(raw).orElse(raw.strip());
    }

    /** The cell as plain digits, "" for a blank or "none", empty when it is not a number (for durations too). */
    static Optional<String> plain(String raw) {
        String cell = SPACES.matcher(raw).replaceAll("");
        if (cell.isEmpty() || NONE.contains(cell.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("");
        }
        if (THOUSANDS.matcher(cell).matches()) {
            cell = cell.replace(",", "");
        } else if (cell.indexOf(',') == cell.lastIndexOf(',')) {
            cell = cell.replace(',', '.');
        }
        if (cell.startsWith("+")) {
            cell = cell.substring(1);
        }
        return NUMBER.matcher(cell).matches() ? Optional.of(cell) : Optional.empty();
    }
}
