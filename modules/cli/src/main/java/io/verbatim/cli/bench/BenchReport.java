package io.verbatim.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Seconds per task and run, summarised as medians and as Verbatim's time over pandas' in each run. */
final class BenchReport {

    static final String VERBATIM = "verbatim import + score";
    static final String PANDAS = "pandas";

    private final Path file;
    private final int runs;
    private final Map<String, double[]> seconds = new LinkedHashMap<>();

    BenchReport(Path file, int runs) {
        this.file = file;
        this.runs = runs;
    }

    void add(int run, String task, double value) {
        seconds.computeIfAbsent(task, t -> new double[runs])[run] = value;
    }

    /** Median of a task's runs. */
    double median(String task) {
        double[] sorted = seconds.get(task).clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Verbatim's import + score over pandas, per run; empty when pandas did not run. */
    List<Double> ratios() {
        List<Double> ratios = new ArrayList<>();
        if (seconds.containsKey(PANDAS)) {
            for (int run = 0; run < runs; run++) {
                ratios.add(seconds.get(VERBATIM)[run] / seconds.get(PANDAS)[run]);
            }
        }
        return ratios;
    }

    String text() {
        StringBuilder text = new StringBuilder();
        text.append("%s, %d run(s), whole commands, wall clock%n".formatted(file.getFileName(), runs));
        seconds.forEach((task, values) -> {
            text.append("  %-24s median %6.2f s   runs".formatted(task, median(task)));
            for (double value : values) {
                text.append(" %.2f".formatted(value));
            }
            text.append(System.lineSeparator());
        });
        List<Double> ratios = ratios();
        if (!ratios.isEmpty()) {
            text.append("  verbatim / pandas        ");
            ratios.forEach(r -> text.append(" %.2f".formatted(r)));
            text.append("   (below 1.00: faster than pandas)");
        }
        return text.toString().stripTrailing();
    }

    String json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("runs", runs);
        Map<String, Object> tasks = new LinkedHashMap<>();
        seconds.forEach((task, values) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("median_s", median(task));
            entry.put("runs_s", values);
            tasks.put(task, entry);
        });
        json.put("tasks", tasks);
        json.put("verbatim_over_pandas", ratios());
        return io.verbatim.cli.Json.write(json);
    }
}
