package io.verbatim.analytics.dashboard;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns a dashboard works with. Segments are text columns that are not rating questions and hold between two
 * and {@value #MAX_GROUPS} distinct values (region, channel, tags, a custom field): the filter bar offers them and the
 * breakdown groups by them. Ids and free-text comments have thousands of values and would make an unreadable chart.
 * The comment column, for the drill-down, is a free-text column named like one ("comment", "отзыв"), which is never
 * a segment however few its values, or else the first text column with more values than a segment.
 *
 * @param segments few-valued columns, in dataset order
 * @param textColumn the comment column, or null when the dataset has none
 */
public record DashboardColumns(List<String> segments, String textColumn) {

    static final int MAX_GROUPS = 25;

    private static final List<String> TEXT_HINTS =
            List.of("comment", "коммент", "text", "текст", "feedback", "отзыв", "verbatim", "description", "описан");

    public DashboardColumns {
        segments = List.copyOf(segments);
    }

    /** Reads the candidate columns; runs inside a job because it reads whole columns. */
    public static DashboardColumns find(DatasetRepository repository, Dataset dataset, JobContext context) {
        Map<String, String> derived = repository.derivedColumns(dataset);
        List<String> segments = new ArrayList<>();
        String text = null;
        for (Column column : dataset.columns()) {
            context.checkCancelled();
            if (column.type() != ValueType.TEXT || column.question() != null) {
                continue;
            }
            int distinct = distinct(repository.readColumn(dataset, column));
            boolean comment = hinted(column) && !derived.containsKey(column.key());
            if (distinct >= 2 && distinct <= MAX_GROUPS && !comment) {
                segments.add(column.key());
            } else if ((distinct > MAX_GROUPS || comment)
                    && !derived.containsKey(column.key())
                    && (text == null || (comment && !hinted(dataset.column(text).orElseThrow())))) {
                text = column.key();
            }
        }
        return new DashboardColumns(segments, text);
    }

    /** Distinct non-blank values, counting stops just past {@link #MAX_GROUPS}. */
    static int distinct(String[] cells) {
        Set<String> distinct = new HashSet<>();
        for (String cell : cells) {
            if (cell != null && !cell.isBlank() && distinct.add(cell.strip()) && distinct.size() > MAX_GROUPS) {
                break;
            }
        }
        return distinct.size();
    }

    private static boolean hinted(Column column) {
        String names = (column.key() + " " + column.label()).toLowerCase(Locale.ROOT);
        return TEXT_HINTS.stream().anyMatch(names::contains);
    }
}
