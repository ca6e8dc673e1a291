package io.verbatim.cli.bench;

import io.verbatim.cli.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DuckDB's side of {@code bench query}: {@code query_duckdb.py DB} (from {@code ../shared/bench}) runs its 50 filtered
 * group-bys on a database {@code nps_duckdb.py FILE DB} made, and prints its median and p95; this reads them back.
 *
 * @param median DuckDB's median, in milliseconds
 * @param p95 DuckDB's 95th percentile, in milliseconds
 */
record DuckDbPeer(double median, double p95) {

    private static final Pattern LINE = Pattern.compile("median ([0-9.]+) ms p95 ([0-9.]+) ms");

    /**
     * Makes the database from the CSV when it does not exist yet (untimed), then runs the queries.
     *
     * @throws UserInputException when a script is missing or fails
     */
    static DuckDbPeer run(Path python, Path peers, Path csv, Path database, Path scratch) {
        if (!Files.isRegularFile(database)) {
            if (csv == null) {
                throw new UserInputException(
                        database + " does not exist; pass --csv FILE so that nps_duckdb.py makes it");
            }
            new TimedCommand(
                            "nps_duckdb.py",
                            List.of(
                                    python.toString(),
                                    script(peers, "nps_duckdb.py"),
                                    csv.toString(),
                                    database.toString()))
                    .run(scratch);
        }
        String output = output(List.of(python.toString(), script(peers, "query_duckdb.py"), database.toString()));
        Matcher m = LINE.matcher(output);
        if (!m.find()) {
            throw new UserInputException("query_duckdb.py printed no median and p95: " + output.strip());
        }
        return new DuckDbPeer(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
    }

    String text() {
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms", median, p95);
    }

    private static String script(Path peers, String name) {
        Path script = peers.resolve(name);
        if (!Files.isRegularFile(script)) {
            throw new UserInputException(script + ": no such script; --peers names the folder of the peer scripts");
        }
        return script.toString();
    }

    private static String output(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new UserInputException("query_duckdb.py failed: " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new UserInputException("cannot run query_duckdb.py: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserInputException("interrupted while running query_duckdb.py");
        }
    }
}
