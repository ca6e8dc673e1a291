package io.verbatim.cli.text;

import io.verbatim.text.privacy.PiiKind;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code text mask} did: rows read, rows where something was masked, and replacements per kind.
 *
 * @param in the file read
 * @param out the file written
 * @param columns the columns masked
 * @param kinds the kinds masked
 * @param rows data rows read (the header not counted)
 * @param rowsChanged rows in which at least one piece was masked
 * @param counts replacements per kind, every masked kind present
 * @param seconds wall time of reading, masking and writing
 */
record MaskSummary(
        Path in,
        Path out,
        List<String> columns,
        Set<PiiKind> kinds,
        long rows,
        long rowsChanged,
        Map<PiiKind, Long> counts,
        double seconds) {

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("in", in.toString());
        json.put("out", out.toString());
        json.put("columns", columns);
        json.put("kinds", kinds.stream().map(PiiKind::wireName).toList());
        json.put("rows", rows);
        json.put("rows_changed", rowsChanged);
        Map<String, Long> masked = new LinkedHashMap<>();
        counts.forEach((kind, n) -> masked.put(kind.wireName(), n));
        json.put("masked", masked);
        json.put("seconds", Math.round(seconds * 1000) / 1000.0);
        return json;
    }

    String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Masked %s (%s) into %s: %,d rows, %,d with personal data, in %.1f s (%,.0f rows/s).%n",
                in,
                String.join(", ", columns),
                out,
                rows,
                rowsChanged,
                seconds,
                seconds > 0 ? rows / seconds : 0.0));
        Map<PiiKind, Long> ordered = new EnumMap<>(counts);
        ordered.forEach((kind, n) -> text.append(String.format(Locale.ROOT, "  %-6s %,d%n", kind.wireName(), n)));
        return text.toString();
    }
}
