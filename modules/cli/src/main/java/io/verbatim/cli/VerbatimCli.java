package io.verbatim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line's entry point and headless composition root. Every command prints human text by default and JSON
 * with {@code --format json}; failures end with exit code 1 and one line on stderr (ARCHITECTURE.md, "Command line").
 */
@Command(
        name = "verbatim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Verbatim: survey scores with honest statistics, on your laptop.",
        subcommands = {
            ImportCommand.class,
            DatasetsCommand.class,
            PresetsCommand.class,
            ScoreCommand.class,
            io.verbatim.cli.bench.BenchCommand.class
        })
public final class VerbatimCli {

    /** Exit code for a request that failed for a reason the user can fix (bad file, unknown dataset, ...). */
    static final int EXIT_FAILURE = 1;

    private VerbatimCli() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one command line; used by {@link #main} and by tests, which pass their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new VerbatimCli())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new OneLineErrorHandler());
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Not an Exception, so picocli lets it through; the user still gets one line that says what to do.
            err.println("out of memory (" + e.getMessage() + "); run Java with a larger heap, e.g. java -Xmx2g -jar"
                    + " verbatim-cli.jar ...");
            code = EXIT_FAILURE;
        }
        out.flush();
        err.flush();
        return code;
    }
}
