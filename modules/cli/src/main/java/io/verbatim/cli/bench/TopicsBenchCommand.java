package io.verbatim.cli.bench;

import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.cli.VerbatimCli;
import io.verbatim.cli.text.TopicDataSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench topics}: topic discovery with automatic k on {@code --texts} real customer texts (BANKING77,
 * CLINC150 and the CFPB narratives, repeated in a shuffled order to reach the count), run as the real {@code verbatim
 * text topics} command line in this JVM, from writing its CSV to reading its output. Prints the wall time and the peak
 * heap; run it with {@code java -Xmx2g} to hold it to the 2 GB budget.
 */
@Command(name = "topics", description = "Time 'text topics' (k auto) on N real texts; wall time and peak heap.")
public final class TopicsBenchCommand implements Callable<Integer> {

    @Option(names = "--texts", defaultValue = "100000", description = "How many texts (default ${DEFAULT-VALUE}).")
    private int texts;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = TopicDataSets.DEFAULT_DIR,
            description = "The topics data folder (default ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format.")
    private OutputFormat format;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (texts < 1) {
            throw new UserInputException("--texts must be at least 1");
        }
        List<String> pool = new ArrayList<>(TopicDataSets.banking77(data).texts());
        pool.addAll(TopicDataSets.clinc150(data).texts());
        pool.addAll(TopicDataSets.cfpbNarratives(data));
        int distinct = pool.size();
        List<String> chosen = new ArrayList<>(texts);
        Random random = new Random(42);
        while (chosen.size() < texts) {
            Collections.shuffle(pool, random);
            chosen.addAll(pool.subList(0, Math.min(pool.size(), texts - chosen.size())));
        }
        Path dir = Files.createTempDirectory("verbatim-bench-topics");
        try {
            Path in = dir.resolve("texts.csv");
            writeCsv(in, chosen);
            Path out = dir.resolve("topics.csv");
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            StringWriter printed = new StringWriter();
            StringWriter errors = new StringWriter();
            long start = System.nanoTime();
            int code = VerbatimCli.run(
                    new String[] {"text", "topics", "--in", in.toString(), "--column", "text", "--out", out.toString()},
                    new PrintWriter(printed),
                    new PrintWriter(errors));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                throw new UserInputException(
                        "text topics failed: " + errors.toString().strip());
            }
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            report(
                    chosen.size(),
                    distinct,
                    seconds,
                    peak,
                    printed.toString().lines().findFirst().orElse(""));
        } finally {
            ScratchFolder.delete(dir);
        }
        return 0;
    }

    private void report(int n, int distinct, double seconds, long peak, String summary) {
        double peakMb = peak / 1024.0 / 1024.0;
        double maxMb = Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0;
        var out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("texts", n);
            root.put("distinct_texts", distinct);
            root.put("seconds", seconds);
            root.put("peak_heap_mb", peakMb);
            root.put("max_heap_mb", maxMb);
            root.put("result", summary);
            out.println(Json.write(root));
        } else {
            out.printf(
                    Locale.ROOT,
                    "text topics --k auto on %d texts (%d distinct): %.1f s wall, peak heap %.0f MB"
                            + " (max heap %.0f MB)%n  %s%n",
                    n,
                    distinct,
                    seconds,
                    peakMb,
                    maxMb,
                    summary);
        }
        out.flush();
    }

    private static void writeCsv(Path file, List<String> texts) throws IOException {
        try (var writer = de.siegmar.fastcsv.writer.CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
            writer.writeRecord("id", "text");
            for (int i = 0; i < texts.size(); i++) {
                writer.writeRecord(Integer.toString(i + 1), texts.get(i));
            }
        }
    }
}
