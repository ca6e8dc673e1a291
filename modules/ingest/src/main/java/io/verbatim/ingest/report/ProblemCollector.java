package io.verbatim.ingest.report;

import io.verbatim.ingest.ImportException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gathers the problems of one pass over a file that is otherwise readable, so the analyst sees all of them at once
 * instead of fixing and re-running once per bad cell. Keeps the first {@code cap} and counts the rest; the import is
 * still refused as a whole ({@link #refuseIfAny}).
 */
public final class ProblemCollector {

    /** Problems kept by default: enough to see every pattern of fault, small enough for a table and a CSV. */
    public static final int DEFAULT_CAP = 1_000;

    private final int cap;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long total;

    public ProblemCollector() {
        this(DEFAULT_CAP);
    }

    public ProblemCollector(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap " + cap + " < 1");
        }
        this.cap = cap;
    }

    public void add(ImportProblem problem) {
        total++;
        if (kept.size() < cap) {
            kept.add(problem);
        }
    }

    /**
     * Counts a problem, and makes it only while there is room under the cap: in a file where every row is bad, the
     * problems past the cap cost nothing but the count.
     */
    public void add(Supplier<ImportProblem> problem) {
        if (kept.size() < cap) {
            add(problem.get());
        } else {
            total++;
        }
    }

    /** Adds every problem of another report (an error that ended the pass after problems were already found). */
    public void addAll(ImportReport report) {
        report.problems().forEach(this::add);
        total += report.omitted();
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public long total() {
        return total;
    }

    /**
     * Ends the pass: refuses the file with everything found, or returns when nothing was.
     *
     * @throws ImportException carrying the report, when any problem was found
     */
    public void refuseIfAny() {
        if (!isEmpty()) {
            throw new ImportException(new ImportReport(kept, total));
        }
    }
}
