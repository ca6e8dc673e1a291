package io.verbatim.ingest;

import io.verbatim.ingest.report.ImportProblem;
import io.verbatim.ingest.report.ImportReport;
import io.verbatim.ingest.report.ProblemRule;
import java.nio.file.Path;

/**
 * A file that cannot be imported, with where and why. {@link #getMessage()} is the one line the user sees:
 * {@code file:line:column: what was wrong}, followed by {@code ; and N more problems} when the import found several.
 * {@link #report()} holds them all (up to a cap), for an error report the user can open or save.
 */
public class ImportException extends RuntimeException {

    private final transient ImportReport report;

    /**
     * @param file the file
     * @param line 1-based physical line in the file where the problem is, or 0 when it concerns the whole file
     * @param column 1-based column, or 0 when it concerns a whole line or file
     * @param reason what was wrong, in words the user can act on
     */
    public ImportException(Path file, long line, int column, String reason) {
        this(ProblemRule.OTHER, file, line, column, reason, null);
    }

    public ImportException(Path file, long line, int column, String reason, Throwable cause) {
        this(ProblemRule.OTHER, file, line, column, reason, cause);
    }

    /** A single problem that broke {@code rule}. */
    public ImportException(ProblemRule rule, Path file, long line, int column, String reason) {
        this(rule, file, line, column, reason, null);
    }

    public ImportException(ProblemRule rule, Path file, long line, int column, String reason, Throwable cause) {
        this(ImportReport.of(ImportProblem.at(nameOf(file), line, column, rule, reason)), cause);
    }

    /** A refusal with everything a pass found. */
    public ImportException(ImportReport report) {
        this(report, null);
    }

    private ImportException(ImportReport report, Throwable cause) {
        super(report.summary(), cause);
        this.report = report;
    }

    /** The file's name as problems show it. */
    public static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Every problem found (up to a cap), the first being the one {@link #getMessage()} starts with. */
    public ImportReport report() {
        return report;
    }

    public String file() {
        return report.first().file();
    }

    public long line() {
        return report.first().line();
    }

    public int column() {
        return report.first().column();
    }

    /** The first problem's reason, without its place. */
    public String reason() {
        return report.first().message();
    }

    /** The rule the first problem broke. */
    public ProblemRule rule() {
        return report.first().rule();
    }
}
