package io.verbatim.cli.bench;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.dashboard.DashboardColumns;
import io.verbatim.analytics.dashboard.DashboardFilters;
import io.verbatim.analytics.dashboard.DashboardQuery;
import io.verbatim.analytics.dashboard.DashboardResult;
import io.verbatim.analytics.score.GroupOrder;
import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.cli.WorkspaceOptions;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.score.Metric;
import io.verbatim.store.Workspace;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench dashboard --dataset D}: how long the dashboard takes to redraw after a global filter changes
 * (issue 6, acceptance 1: at most 150 ms on a million rows). It runs the desktop's own non-screen part,
 * {@link DashboardQuery}, through a random walk of filter changes an analyst makes (tick or untick a segment value,
 * click a bar to cross-filter, pick a period preset, clear all) and times each full redraw: every KPI tile with its
 * change against the previous period, the breakdown and the monthly trend. A ticket or mention dataset is timed through
 * its own dashboard ({@link KindDashboardBench}). Drawing the charts is not timed.
 */
@Command(name = "dashboard", description = "Time dashboard redraws after global filter changes on a dataset.")
public final class DashboardBenchCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "The dataset to explore.")
    private String datasetName;

    @Option(names = "--changes", defaultValue = "60", description = "Timed filter changes (default: ${DEFAULT-VALUE}).")
    private int changes;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed changes first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random walk (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--start", paramLabel = "COL", description = "Tickets: time from this column (custom clock).")
    private String clockStart;

    @Option(names = "--end", paramLabel = "COL", description = "Tickets: time to this column (custom clock).")
    private String clockEnd;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (changes < 1 || warmup < 0) {
            throw new UserInputException("--changes must be at least 1 and --warmup not negative");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        long start = System.nanoTime();
        try (Workspace workspace = options.open()) {
            Dataset dataset = WorkspaceOptions.requireDataset(workspace, datasetName);
            if (dataset.kind() == DatasetKind.TICKETS || dataset.kind() == DatasetKind.MENTIONS) {
                Map<String, Object> timed =
                        KindDashboardBench.time(workspace, dataset, changes, warmup, seed, clockStart, clockEnd);
                spec.commandLine()
                        .getOut()
                        .println(options.format() == OutputFormat.JSON ? Json.write(timed) : kindText(timed));
                return 0;
            }
            DashboardColumns columns = DashboardColumns.find(workspace.datasets(), dataset, JobContext.none());
            if (columns.segments().isEmpty()) {
                throw new UserInputException("dataset " + datasetName + " has no column with few values to filter by");
            }
            DashboardQuery query = new DashboardQuery(Cube.of(workspace.datasets(), dataset));
            if (query.metrics().isEmpty()) {
                throw new UserInputException("dataset " + datasetName + " has no rating question to show");
            }
            Metric metric = query.metrics().getFirst();
            String breakdown = columns.segments().getFirst();
            query.cube().load(columns.segments());
            DashboardResult first = query.compute(DashboardFilters.none(), metric, breakdown);
            double opened = millisSince(start);
            FilterWalk walk = walk(query.cube(), columns.segments(), new Random(seed));
            Latencies latencies = new Latencies();
            long rowsSeen = 0;
            for (int i = 0; i < warmup + changes; i++) {
                DashboardFilters filters = walk.next();
                long began = System.nanoTime();
                DashboardResult redraw = query.compute(filters, metric, breakdown);
                if (i >= warmup) {
                    latencies.add(millisSince(began));
                    rowsSeen += redraw.rows();
                }
            }
            result.put("rows", query.cube().rows());
            result.put("tiles", first.tiles().size());
            result.put("segments", columns.segments());
            result.put("changes", latencies.count());
            result.put("median_ms", Latencies.round(latencies.median()));
            result.put("p95_ms", Latencies.round(latencies.p95()));
            result.put("mean_rows_kept", rowsSeen / latencies.count());
            result.put("first_dashboard_ms", Latencies.round(opened));
        }
        spec.commandLine().getOut().println(options.format() == OutputFormat.JSON ? Json.write(result) : text(result));
        return 0;
    }

    /** The walk over the cube's non-blank values of each segment column, with presets up to its last day. */
    private static FilterWalk walk(Cube cube, List<String> segments, Random random) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String column : segments) {
            values.put(
                    column,
                    cube.values(column).stream()
                            .filter(v -> !v.equals(GroupOrder.BLANK))
                            .sorted()
                            .toList());
        }
        List<LocalDate> span = cube.dateSpan();
        return new FilterWalk(values, span.isEmpty() ? null : span.getLast(), random);
    }

    private static String text(Map<String, Object> result) {
        return String.format(
                Locale.ROOT,
                "%,d rows, %d tiles + breakdown + trend per redraw, %d filter changes after a warm-up%n"
                        + "  redraw median %s ms, p95 %s ms (rows kept: %,d on average)%n"
                        + "  open the workspace to the first dashboard %s ms",
                result.get("rows"),
                result.get("tiles"),
                result.get("changes"),
                result.get("median_ms"),
                result.get("p95_ms"),
                result.get("mean_rows_kept"),
                result.get("first_dashboard_ms"));
    }

    private static String kindText(Map<String, Object> result) {
        return String.format(
                Locale.ROOT,
                "%,d %s, every widget per redraw, %d filter changes after a warm-up%n"
                        + "  redraw median %s ms, p95 %s ms (rows kept: %,d on average)%n"
                        + "  read the dataset to the first dashboard %s ms",
                result.get("rows"),
                result.get("kind"),
                result.get("changes"),
                result.get("median_ms"),
                result.get("p95_ms"),
                result.get("mean_rows_kept"),
                result.get("first_dashboard_ms"));
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
