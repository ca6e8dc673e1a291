package io.verbatim.ingest.survey;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.ingest.preset.DateRules;
import io.verbatim.ingest.survey.profile.CellNormaliser;
import io.verbatim.ingest.survey.profile.ColumnProfile;
import io.verbatim.ingest.survey.profile.DatePattern;
import io.verbatim.ingest.survey.profile.SerialDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How each date column of a planned survey is written in ISO-8601: by the one date shape its cells fit, or from Excel
 * serial numbers in the mapping's date system, and in the mapping's zone when a time was written without an offset.
 */
final class DateWriting {

    private DateWriting() {}

    /** Column index → the rewrite of its cells, for every DATETIME column of the plan. */
    static Map<Integer, UnaryOperator<String>> of(List<Column> planned, List<ColumnProfile> profiles, DateRules rules) {
        Map<Integer, UnaryOperator<String>> rewrites = new HashMap<>();
        for (Column column : planned) {
            if (column.type() != ValueType.DATETIME) {
                continue;
            }
            ColumnProfile profile = profiles.get(column.position());
            DatePattern pattern = profile.datePattern().orElse(null);
            rewrites.put(column.position(), pattern != null ? shaped(pattern, rules) : serial(rules));
        }
        return rewrites;
    }

    /** A cell of a column of this date shape, in ISO and in the mapping's zone. */
    static UnaryOperator<String> shaped(DatePattern pattern, DateRules rules) {
        if (rules.zone() == null) {
            return cell -> CellNormaliser.iso(pattern, cell);
        }
        return cell -> rules.zoned(CellNormaliser.iso(pattern, cell));
    }

    private static UnaryOperator<String> serial(DateRules rules) {
        return cell -> {
            String value = cell.strip();
            return value.isEmpty()
                    ? cell
                    : SerialDate.toIso(value, rules.excel1904())
                            .map(rules::zoned)
                            .orElse(cell);
        };
    }
}
