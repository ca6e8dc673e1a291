package io.verbatim.cli.bench;

import io.verbatim.analytics.dashboard.DashboardColumns;
import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.analytics.dashboard.MentionDashboardQuery;
import io.verbatim.analytics.dashboard.TicketDashboardData;
import io.verbatim.analytics.dashboard.TicketDashboardQuery;
import io.verbatim.analytics.dashboard.TicketDashboardSettings;
import io.verbatim.analytics.score.GroupOrder;
import io.verbatim.cli.UserInputException;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.store.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * {@code bench dashboard} on a ticket or mention dataset: the same random walk of filter changes as on a survey, each
 * redraw being {@link TicketDashboardQuery#compute} (every tile, both histograms, SLA by the first segment, the weekly
 * trend) or {@link MentionDashboardQuery#compute} (volume and spikes, share of voice, net sentiment, top authors).
 */
final class KindDashboardBench {

    private KindDashboardBench() {}

    /** Times {@code warmup + changes} redraws; the figures go under the same keys as a survey's. */
    static Map<String, Object> time(
            Workspace workspace, Dataset dataset, int changes, int warmup, long seed, String start, String end) {
        long opening = System.nanoTime();
        DashboardColumns columns = DashboardColumns.find(workspace.datasets(), dataset, JobContext.none());
        if (columns.segments().isEmpty()) {
            throw new UserInputException("dataset " + dataset.name() + " has no column with few values to filter by");
        }
        String breakdown = columns.segments().getFirst();
        Map<String, String[]> cells;
        ToIntFunction<DashboardFilters> redraw;
        String dateKey;
        if (dataset.kind() == DatasetKind.TICKETS) {
            TicketDashboardSettings settings = TicketDashboardSettings.defaults();
            if (start != null || end != null) {
                settings = settings.clock(start, end);
            }
            TicketDashboardQuery query = new TicketDashboardQuery(
                    TicketDashboardData.tickets(workspace.datasets(), dataset, columns.segments(), JobContext.none()),
                    settings);
            cells = query.table().cells();
            redraw = filters -> query.compute(filters, breakdown).rows();
            dateKey = "created_at";
        } else {
            cells = TicketDashboardData.mentions(workspace.datasets(), dataset, columns.segments(), JobContext.none());
            MentionDashboardQuery query =
                    new MentionDashboardQuery(dataset.name(), Math.toIntExact(dataset.rows()), cells);
            redraw = filters -> query.compute(filters, breakdown).rows();
            dateKey = "published_at";
        }
        redraw.applyAsInt(DashboardFilters.none());
        double opened = (System.nanoTime() - opening) / 1e6;
        FilterWalk walk = walk(cells, columns.segments(), lastDay(cells.get(dateKey)), new Random(seed));
        Latencies latencies = new Latencies();
        long rowsSeen = 0;
        for (int i = 0; i < warmup + changes; i++) {
            DashboardFilters filters = walk.next();
            long began = System.nanoTime();
            int rows = redraw.applyAsInt(filters);
            if (i >= warmup) {
                latencies.add((System.nanoTime() - began) / 1e6);
                rowsSeen += rows;
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("kind", dataset.kind().wireName());
        result.put("rows", dataset.rows());
        result.put("segments", columns.segments());
        result.put("changes", latencies.count());
        result.put("median_ms", Latencies.round(latencies.median()));
        result.put("p95_ms", Latencies.round(latencies.p95()));
        result.put("mean_rows_kept", rowsSeen / latencies.count());
        result.put("first_dashboard_ms", Latencies.round(opened));
        return result;
    }

    private static LocalDate lastDay(String[] dates) {
        LocalDate last = null;
        if (dates != null) {
            for (String cell : dates) {
                if (cell != null && cell.strip().length() >= 10) {
                    try {
                        LocalDate day = LocalDate.parse(cell.strip().substring(0, 10));
                        last = last == null || day.isAfter(last) ? day : last;
                    } catch (java.time.format.DateTimeParseException e) {
                        // not a date: no period presets from it
                    }
                }
            }
        }
        return last;
    }

    /** The walk over each segment column's distinct cells (blank as one value), with presets up to {@code lastDay}. */
    private static FilterWalk walk(
            Map<String, String[]> cells, List<String> segments, LocalDate lastDay, Random random) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String column : segments) {
            TreeSet<String> distinct = new TreeSet<>();
            for (String cell : cells.get(column)) {
                distinct.add(cell == null || cell.isBlank() ? GroupOrder.BLANK : cell.strip());
            }
            values.put(column, new ArrayList<>(distinct));
        }
        return new FilterWalk(values, lastDay, random);
    }
}
