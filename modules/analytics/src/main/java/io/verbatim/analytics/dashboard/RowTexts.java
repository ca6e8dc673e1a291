package io.verbatim.analytics.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The drill-down of a ticket or mention dashboard: the text of each kept row (a ticket's subject, else its
 * description; a mention's text) with its day and its source or channel, which take the places a survey comment gives
 * to its date and score ({@link Verbatim#score()} holds the source here).
 */
final class RowTexts {

    private RowTexts() {}

    static DrillDown drillDown(
            Map<String, String[]> cells, int[] rows, List<String> textKeys, String sourceKey, String dateKey) {
        List<String[]> texts =
                textKeys.stream().filter(cells::containsKey).map(cells::get).toList();
        String[] sources = cells.get(sourceKey);
        String[] dates = cells.get(dateKey);
        List<Verbatim> found = new ArrayList<>();
        int total = 0;
        for (int row : rows) {
            String text = text(texts, row);
            if (text.isEmpty()) {
                continue;
            }
            total++;
            if (found.size() < DashboardQuery.DRILL_DOWN_LIMIT) {
                java.time.LocalDate day = dates == null ? null : KeptRows.day(dates[row]);
                found.add(new Verbatim(text, cell(sources, row), day == null ? "" : day.toString()));
            }
        }
        return new DrillDown(textKeys.getFirst(), found, total, rows.length);
    }

    private static String text(List<String[]> texts, int row) {
        for (String[] column : texts) {
            String cell = cell(column, row);
            if (!cell.isEmpty()) {
                return cell;
            }
        }
        return "";
    }

    private static String cell(String[] cells, int row) {
        return cells == null || cells[row] == null ? "" : cells[row].strip();
    }
}
