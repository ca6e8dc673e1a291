package io.verbatim.analytics.dashboard;

import java.util.List;

/**
 * The comments behind one bar or point under the dashboard's filters.
 *
 * @param textColumn the column the comments come from
 * @param verbatims the first {@link DashboardQuery#DRILL_DOWN_LIMIT} non-blank comments, in row order
 * @param total how many rows of the group hold a non-blank comment
 * @param rows how many rows the group has
 */
public record DrillDown(String textColumn, List<Verbatim> verbatims, int total, int rows) {

    public DrillDown {
        verbatims = List.copyOf(verbatims);
    }
}
