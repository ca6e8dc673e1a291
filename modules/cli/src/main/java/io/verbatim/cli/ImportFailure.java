package io.verbatim.cli;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ImportProblem;
import io.verbatim.ingest.report.ImportReport;
import io.verbatim.ingest.report.ImportReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code import} does when a file is refused: writes the whole error report where {@code --error-report} asked,
 * prints the problems as JSON with {@code --format json}, and ends with the one line on stderr, which then says where
 * the report is. Before an import it removes a report an earlier run left at that path, so the file exists only when
 * this run refused a file.
 */
final class ImportFailure {

    /** Problems the JSON output lists; the error report holds them all (up to the import's cap). */
    static final int JSON_PROBLEMS = 100;

    private final Path reportFile;

    /** @param reportFile where {@code --error-report} writes, or null */
    ImportFailure(Path reportFile) {
        this.reportFile = reportFile;
    }

    /**
     * Refuses a report path that is one of the files to import, and removes a stale report. Only a file that starts
     * with the report's header line is removed: anything else at that path is the user's and is refused.
     */
    void prepare(List<Path> files) {
        if (reportFile == null) {
            return;
        }
        for (Path file : files) {
            if (reportFile
                    .toAbsolutePath()
                    .normalize()
                    .equals(file.toAbsolutePath().normalize())) {
                throw new UserInputException("--error-report " + reportFile + " is a file to import; name a new file");
            }
        }
        if (Files.exists(reportFile) && !ImportReportWriter.isReport(reportFile)) {
            throw new UserInputException("--error-report " + reportFile
                    + " exists and is not an error report; name a new file or remove it");
        }
        try {
            Files.deleteIfExists(reportFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reports {@code refused} and returns the exception that ends the command with one line. */
    UserInputException report(ImportException refused, boolean json, PrintWriter out) {
        ImportReport report = refused.report();
        String line = refused.getMessage();
        if (reportFile != null) {
            try {
                ImportReportWriter.write(report, reportFile);
            } catch (UncheckedIOException e) {
                return new UserInputException(line + "; " + e.getMessage());
            }
            String which = report.problems().size() == 1
                    ? "the problem is"
                    : String.format(
                            Locale.ROOT,
                            report.omitted() == 0 ? "all %,d problems are" : "the first %,d problems are",
                            report.problems().size());
            line += "; " + which + " written to " + reportFile;
        }
        if (json) {
            out.println(Json.write(failureJson(line, report)));
        }
        return new UserInputException(line);
    }

    private Map<String, Object> failureJson(String line, ImportReport report) {
        List<Map<String, Object>> problems = new ArrayList<>();
        for (ImportProblem p : report.problems()
                .subList(0, Math.min(JSON_PROBLEMS, report.problems().size()))) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", p.file());
            entry.put("line", p.line());
            entry.put("column", p.column());
            entry.put("column_name", p.columnName());
            entry.put("rule", p.rule().id());
            entry.put("value", p.value());
            entry.put("message", p.message());
            problems.add(entry);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", line);
        json.put("problems_total", report.total());
        json.put("problems", problems);
        json.put(
                "error_report",
                reportFile == null ? null : reportFile.toAbsolutePath().toString());
        return json;
    }
}
