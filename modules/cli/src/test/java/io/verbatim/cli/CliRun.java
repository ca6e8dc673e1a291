package io.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real command line in-process against a workspace directory and captures what it printed. */
final class CliRun {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path workspace;

    CliRun(Path workspace) {
        this.workspace = workspace;
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VerbatimCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed and parses its JSON output. */
    JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--format");
        all.add("json");
        Result result = run(all.toArray(String[]::new));
        if (result.code() != 0) {
            throw new AssertionError("exit " + result.code() + ": " + result.err());
        }
        try {
            return MAPPER.readTree(result.out());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + result.out(), e);
        }
    }

    record Result(int code, String out, String err) {}
}
