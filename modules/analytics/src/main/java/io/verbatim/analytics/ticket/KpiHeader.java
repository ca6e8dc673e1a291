package io.verbatim.analytics.ticket;

import java.util.List;

/**
 * What every KPI figure is printed with.
 *
 * @param metric the KPI
 * @param dataset the dataset's name
 * @param profile the definition profile
 * @param by the breakdown column's key, or null
 * @param definition the definition, one statement a line: which variant, which clock and calendar, which columns
 * @param notes what was left out and why (counts), and warnings such as years the calendar has no holidays for
 */
public record KpiHeader(
        KpiMetric metric, String dataset, KpiProfile profile, String by, List<String> definition, List<String> notes) {

    public KpiHeader {
        definition = List.copyOf(definition);
        notes = List.copyOf(notes);
    }
}
