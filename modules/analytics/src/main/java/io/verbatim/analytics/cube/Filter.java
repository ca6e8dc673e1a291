package io.verbatim.analytics.cube;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One condition of a cube query: rows whose column holds one of the values ({@code Region = Москва}), rows whose
 * column holds none of them ({@code Channel != app}), or rows whose response date falls in a period.
 */
public sealed interface Filter {

    /** Rows whose {@code column} holds one of {@code values} (a blank cell matches "(blank)" or ""). */
    static Filter in(String column, Set<String> values) {
        return new Values(column, values, false);
    }

    /** Rows whose {@code column} holds none of {@code values}. */
    static Filter notIn(String column, Set<String> values) {
        return new Values(column, values, true);
    }

    /** Rows whose response date is in {@code [from, to)}; either end may be null (open). */
    static Filter dates(LocalDate from, LocalDate to) {
        return new Dates(from, to);
    }

    /** A condition on a column's values. */
    record Values(String column, Set<String> values, boolean exclude) implements Filter {
        public Values {
            Objects.requireNonNull(column, "column");
            values = Set.copyOf(values);
        }
    }

    /** A condition on the response date: {@code from} inclusive, {@code to} exclusive. */
    record Dates(LocalDate from, LocalDate to) implements Filter {
        public Dates {
            if (from != null && to != null && !from.isBefore(to)) {
                throw new IllegalArgumentException("an empty period: " + from + " to " + to);
            }
        }
    }
}
