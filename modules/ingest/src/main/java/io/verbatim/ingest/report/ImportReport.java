package io.verbatim.ingest.report;

import java.util.List;
import java.util.Locale;

/**
 * Everything found wrong with one file: the problems kept (at most a collector's cap, in the order the file was read)
 * and how many there were in all. A file with a fatal structural fault (not a table, a zip bomb, encrypted) has a
 * report of one problem.
 *
 * @param problems the problems kept, never empty
 * @param total how many problems were found, at least {@code problems.size()}
 */
public record ImportReport(List<ImportProblem> problems, long total) {

    public ImportReport {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a report has at least one problem");
        }
        if (total < problems.size()) {
            throw new IllegalArgumentException("total " + total + " < " + problems.size() + " problems kept");
        }
    }

    public static ImportReport of(ImportProblem problem) {
        return new ImportReport(List.of(problem), 1);
    }

    public ImportProblem first() {
        return problems.getFirst();
    }

    /** Problems found but not kept, because there were more than the cap. */
    public long omitted() {
        return total - problems.size();
    }

    /** The line a user reads: the first problem, plus how many more there are. */
    public String summary() {
        String first = first().oneLine();
        long more = total - 1;
        if (more == 0) {
            return first;
        }
        return first + String.format(Locale.ROOT, "; and %,d more problem%s", more, more == 1 ? "" : "s");
    }
}
