package io.verbatim.app.dashboard;

import io.verbatim.domain.score.ScoreTable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.category.CategoryDataset;

/**
 * Maps a click on a chart back to what it shows: a breakdown bar (or its label) to its group, a trend point to its
 * month. The charts label a bar "Москва (n=120)", so the group is found by the bar's position in the table drawn.
 */
final class ChartClicks {

    private ChartClicks() {}

    /** The group of a clicked bar or category label, if the click hit one. */
    static Optional<String> group(ChartEntity entity, ScoreTable table) {
        if (table == null) {
            return Optional.empty();
        }
        Comparable<?> key;
        CategoryDataset dataset;
        if (entity instanceof CategoryItemEntity item) {
            key = item.getColumnKey();
            dataset = item.getDataset();
        } else if (entity instanceof CategoryLabelEntity label) {
            key = label.getKey();
            dataset = null;
        } else {
            return Optional.empty();
        }
        int index = dataset != null ? dataset.getColumnIndex(key) : indexOfLabel(key, table);
        return index >= 0 && index < table.groups().size()
                ? Optional.of(table.groups().get(index).group())
                : Optional.empty();
    }

    /** The month ({@code 2025-03}) of a clicked trend point, if the click hit one. */
    static Optional<String> month(ChartEntity entity) {
        if (!(entity instanceof XYItemEntity item)) {
            return Optional.empty();
        }
        double millis = item.getDataset().getXValue(item.getSeriesIndex(), item.getItem());
        return Optional.of(YearMonth.from(Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC))
                .toString());
    }

    private static int indexOfLabel(Comparable<?> key, ScoreTable table) {
        String label = String.valueOf(key);
        for (int i = 0; i < table.groups().size(); i++) {
            if (label.startsWith(table.groups().get(i).group() + " (n=")) {
                return i;
            }
        }
        return -1;
    }
}
