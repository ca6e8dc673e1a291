package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.analytics.score.GroupOrder;
import io.verbatim.app.i18n.Messages;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/** The active filters in words: one chip per kept value and one for the period, and how many rows they keep. */
final class DashboardFilterText {

    private final Messages messages;
    private final DateTimeFormatter dates;

    DashboardFilterText(Messages messages) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    List<FilterChip> chips(DashboardFilters filters) {
        List<FilterChip> chips = new ArrayList<>();
        if (filters.from() != null || filters.to() != null) {
            String from = filters.from() == null ? "…" : dates.format(filters.from());
            String to = filters.to() == null ? "…" : dates.format(filters.to().minusDays(1));
            chips.add(new FilterChip(null, null, messages.format("filter.period", from, to)));
        }
        filters.segments()
                .forEach((column, values) -> values.forEach(
                        value -> chips.add(new FilterChip(column, value, column + ": " + value(value)))));
        return chips;
    }

    /** A value as shown: the blank cell in words. */
    String value(String value) {
        return value.isBlank() || value.equals(GroupOrder.BLANK) ? messages.get("filter.blank") : value;
    }

    String rowsKept(int kept, int all) {
        NumberFormat integers = NumberFormat.getIntegerInstance(messages.locale());
        return messages.format("filter.rowsKept", integers.format(kept), integers.format(all));
    }
}
