package io.verbatim.cli.bench;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.cube.Filter;
import io.verbatim.analytics.score.Period;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.cli.WorkspaceOptions;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.score.Metric;
import io.verbatim.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench query --dataset D}: how fast the cube answers a dashboard's questions (ADR 0027). It times
 * opening the workspace up to the first dashboard's scores (each metric's headline, a breakdown and a monthly trend),
 * then, after a warm-up, random filtered group-bys of the shape {@code query_duckdb.py} runs: NPS by {@code --by}
 * where {@code --eq} is one value and {@code --ne} is not another, values picked at random from the data. With
 * {@code --python}, DuckDB runs its own queries on the same data in the same run.
 */
@Command(name = "query", description = "Time interactive filtered group-bys on a dataset (and DuckDB's, if given).")
public final class QueryBenchCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "The dataset to query.")
    private String datasetName;

    @Option(names = "--queries", defaultValue = "60", description = "Timed queries (default: ${DEFAULT-VALUE}).")
    private int queries;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed queries first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--by", defaultValue = "Stage", description = "Group by (default: ${DEFAULT-VALUE}).")
    private String by;

    @Option(
            names = "--eq",
            defaultValue = "Region",
            description = "Filter: equals a random value (default: ${DEFAULT-VALUE}).")
    private String equalColumn;

    @Option(
            names = "--ne",
            defaultValue = "Channel",
            description = "Filter: not a random value (default: ${DEFAULT-VALUE}).")
    private String notEqualColumn;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed of the random values (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--python", paramLabel = "PATH", description = "A Python with duckdb, to run query_duckdb.py.")
    private Path python;

    @Option(
            names = "--peers",
            paramLabel = "DIR",
            defaultValue = "../shared/bench",
            description = "Folder of nps_duckdb.py and query_duckdb.py (default: ${DEFAULT-VALUE}).")
    private Path peers;

    @Option(
            names = "--duckdb",
            paramLabel = "DB",
            description = "DuckDB file made by nps_duckdb.py (made from --csv if absent).")
    private Path duckdb;

    @Option(names = "--csv", paramLabel = "FILE", description = "The CSV the dataset was imported from, for DuckDB.")
    private Path csv;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (queries < 1 || warmup < 0) {
            throw new UserInputException("--queries must be at least 1 and --warmup not negative");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        long start = System.nanoTime();
        try (Workspace workspace = options.open()) {
            Dataset dataset = WorkspaceOptions.requireDataset(workspace, datasetName);
            for (String column : List.of(by, equalColumn, notEqualColumn)) {
                if (dataset.column(column).isEmpty()) {
                    throw new UserInputException("dataset " + datasetName + " has no column '" + column + "'; its"
                            + " columns: "
                            + String.join(
                                    ", ",
                                    dataset.columns().stream().map(c -> c.key()).toList()));
                }
            }
            Cube cube = Cube.of(workspace.datasets(), dataset);
            double opened = millisSince(start);
            firstDashboard(cube);
            double dashboard = millisSince(start);
            Latencies latencies = run(cube);
            result.put("rows", cube.rows());
            result.put("queries", latencies.count());
            result.put("median_ms", Latencies.round(latencies.median()));
            result.put("p95_ms", Latencies.round(latencies.p95()));
            result.put("open_ms", Latencies.round(opened));
            result.put("first_dashboard_ms", Latencies.round(dashboard));
        }
        if (python != null) {
            Path scratch = Files.createTempDirectory("verbatim-bench");
            try {
                Path database = duckdb != null ? duckdb : scratch.resolve("peer.duckdb");
                DuckDbPeer peer = DuckDbPeer.run(python, peers, csv, database, scratch);
                result.put("duckdb_median_ms", peer.median());
                result.put("duckdb_p95_ms", peer.p95());
            } finally {
                ScratchFolder.delete(scratch);
            }
        }
        spec.commandLine().getOut().println(options.format() == OutputFormat.JSON ? Json.write(result) : text(result));
        return 0;
    }

    /** What the dashboard shows first: every metric's headline, a breakdown and the monthly trend. */
    private void firstDashboard(Cube cube) {
        List<Metric> metrics = List.of(Metric.values()).stream()
                .filter(m -> !cube.dataset().questions(m.role()).isEmpty())
                .toList();
        if (metrics.isEmpty()) {
            throw new UserInputException("dataset " + datasetName + " has no rating question to query");
        }
        cube.load(List.of(by, equalColumn, notEqualColumn));
        for (Metric metric : metrics) {
            cube.score(ScoreRequest.of(metric), List.of());
        }
        cube.score(ScoreRequest.of(metrics.getFirst()).by(by), List.of());
        cube.score(ScoreRequest.of(metrics.getFirst()).per(Period.MONTH), List.of());
    }

    private Latencies run(Cube cube) {
        Random random = new Random(seed);
        List<String> equalValues = realValues(cube, equalColumn);
        List<String> otherValues = realValues(cube, notEqualColumn);
        Latencies latencies = new Latencies();
        for (int i = 0; i < warmup + queries; i++) {
            List<Filter> filters = List.of(
                    Filter.in(equalColumn, Set.of(equalValues.get(random.nextInt(equalValues.size())))),
                    Filter.notIn(notEqualColumn, Set.of(otherValues.get(random.nextInt(otherValues.size())))));
            long start = System.nanoTime();
            cube.score(ScoreRequest.of(Metric.NPS).by(by), filters);
            if (i >= warmup) {
                latencies.add(millisSince(start));
            }
        }
        return latencies;
    }

    private static List<String> realValues(Cube cube, String column) {
        List<String> values = cube.values(column).stream()
                .filter(v -> !v.equals(io.verbatim.analytics.score.GroupOrder.BLANK))
                .sorted()
                .toList();
        if (values.isEmpty()) {
            throw new UserInputException("column " + column + " has no values to filter by");
        }
        return values;
    }

    private static String text(Map<String, Object> result) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "%,d rows, %d filtered group-bys after a warm-up%n",
                result.get("rows"),
                result.get("queries")));
        text.append(String.format(
                Locale.ROOT, "  verbatim  median %s ms, p95 %s ms%n", result.get("median_ms"), result.get("p95_ms")));
        if (result.containsKey("duckdb_median_ms")) {
            text.append(String.format(
                    Locale.ROOT,
                    "  duckdb    median %s ms, p95 %s ms%n",
                    result.get("duckdb_median_ms"),
                    result.get("duckdb_p95_ms")));
        }
        text.append(String.format(
                Locale.ROOT,
                "  open the workspace %s ms; to the first dashboard %s ms",
                result.get("open_ms"),
                result.get("first_dashboard_ms")));
        return text.toString();
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
