package io.verbatim.cli.text;

import io.verbatim.cli.VerbatimCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process (no workspace: {@code text} commands read and write files). */
final class TextRun {

    private TextRun() {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VerbatimCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {}
}
