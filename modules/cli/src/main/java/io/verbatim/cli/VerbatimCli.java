package io.verbatim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
        description = "Verbatim: survey scores with honest statistics, on your laptop.")
public final class VerbatimCli {

    /**
     * The subcommands by name, in the order help lists them. They are built on demand: picocli reads a command's
     * annotations when it is added, which costs about a tenth of a second for all of them at start-up, so a command line
     * that names one command builds only that one (help and mistakes still see them all).
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

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
        String named = Arrays.stream(args)
                .filter(arg -> !arg.startsWith("-"))
                .findFirst()
                .orElse("");
        // Before picocli reads its annotations, which is most of what the main thread does until the command runs.
        StartupWarmUp.begin(named);
        CommandLine commandLine = withCommands(new CommandLine(new VerbatimCli()), named)
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

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("import", ImportCommand::new);
        commands.put("datasets", DatasetsCommand::new);
        commands.put("presets", PresetsCommand::new);
        commands.put("score", ScoreCommand::new);
        commands.put("kpi", KpiCommand::new);
        commands.put("drivers", DriversCommand::new);
        commands.put("mentions", MentionsCommand::new);
        commands.put("link", LinkCommand::new);
        commands.put("journey", io.verbatim.cli.journey.JourneyCommand::new);
        commands.put("text", TextCommand::new);
        commands.put("chart", io.verbatim.cli.chart.ChartCommand::new);
        commands.put("settings", SettingsCommand::new);
        commands.put("bench", io.verbatim.cli.bench.BenchCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    /** Adds the one command the arguments name (their first word), or every command when it is none it knows. */
    private static CommandLine withCommands(CommandLine commandLine, String named) {
        if (COMMANDS.containsKey(named)) {
            commandLine.addSubcommand(named, COMMANDS.get(named).get());
        } else {
            COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        return commandLine;
    }
}
