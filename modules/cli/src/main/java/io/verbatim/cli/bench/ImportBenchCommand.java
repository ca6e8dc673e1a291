package io.verbatim.cli.bench;

import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim bench import FILE}: times {@code verbatim import} followed by {@code verbatim score --by COL} as
 * whole commands, each run into a new, empty workspace, and, when a Python with the peers is given, the peer scripts
 * ({@code nps_pandas.py}, {@code nps_duckdb.py}, {@code nps_polars.py} from {@code ../shared/bench}) on the same file,
 * interleaved run by run so that a noisy machine slows all of them alike. Prints the median of each and Verbatim's
 * time over pandas', run by run.
 *
 * <p>The workspace is created by a separate {@code verbatim datasets} before the import, and that command is timed
 * apart ("verbatim new workspace"): an analyst's workspace is made once, at the first start, while every export after
 * that is imported into an existing one. Making one costs about a quarter of a second, mostly Flyway's first run.
 */
@Command(
        name = "import",
        description = "Time 'import' + 'score --by COL' as whole commands, against pandas, DuckDB and polars if given.")
public final class ImportBenchCommand implements Callable<Integer> {

    private static final List<String> PEERS = List.of("pandas", "duckdb", "polars");

    @Parameters(index = "0", paramLabel = "FILE", description = "The survey CSV, e.g. gen_survey.py's 1M rows.")
    private Path file;

    @Option(names = "--by", defaultValue = "Region", description = "Breakdown column (default: ${DEFAULT-VALUE}).")
    private String by;

    @Option(names = "--runs", defaultValue = "3", description = "Runs of each command (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--python", paramLabel = "PATH", description = "A Python with pandas, duckdb and polars.")
    private Path python;

    @Option(
            names = "--peers",
            paramLabel = "DIR",
            defaultValue = "../shared/bench",
            description = "Folder of nps_pandas.py, nps_duckdb.py, nps_polars.py (default: ${DEFAULT-VALUE}).")
    private Path peers;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format.")
    private OutputFormat format;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file");
        }
        if (runs < 1) {
            throw new UserInputException("--runs must be at least 1");
        }
        Path scratch = Files.createTempDirectory("verbatim-bench");
        try {
            BenchReport report = new BenchReport(file, runs);
            for (int run = 0; run < runs; run++) {
                runOnce(scratch, run, report);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(format == OutputFormat.JSON ? report.json() : report.text());
            return 0;
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    private void runOnce(Path scratch, int run, BenchReport report) {
        Path workspace = scratch.resolve("workspace-" + run);
        String dataset = "bench";
        double created = new TimedCommand(
                        "verbatim new workspace",
                        SelfCommand.of(List.of("datasets", "--workspace", workspace.toString())))
                .run(scratch);
        double imported = new TimedCommand(
                        "verbatim import",
                        SelfCommand.of(List.of(
                                "import", file.toString(), "--workspace", workspace.toString(), "--dataset", dataset)))
                .run(scratch);
        double scored = new TimedCommand(
                        "verbatim score",
                        SelfCommand.of(List.of(
                                "score",
                                "--workspace",
                                workspace.toString(),
                                "--dataset",
                                dataset,
                                "--metric",
                                "nps",
                                "--by",
                                by)))
                .run(scratch);
        report.add(run, "verbatim new workspace", created);
        report.add(run, "verbatim import", imported);
        report.add(run, "verbatim score", scored);
        report.add(run, "verbatim import + score", imported + scored);
        if (python == null) {
            return;
        }
        for (String peer : PEERS) {
            Path script = peers.resolve("nps_" + peer + ".py");
            if (!Files.isRegularFile(script)) {
                continue;
            }
            List<String> command = new ArrayList<>(List.of(python.toString(), script.toString(), file.toString()));
            if (peer.equals("duckdb")) {
                command.add(scratch.resolve("peer-" + run + ".duckdb").toString());
            }
            report.add(run, peer, new TimedCommand(peer, command).run(scratch));
        }
    }
}
