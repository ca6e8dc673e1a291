package io.verbatim.app.dashboard;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the columns worth breaking a score down by: text columns that are not rating questions and have between two
 * and {@value #MAX_GROUPS} distinct values. Ids and free-text comments have thousands and would make an unreadable
 * chart, so they are left out.
 */
public final class BreakdownColumns {

    static final int MAX_GROUPS = 25;

    private BreakdownColumns() {}

    /** Reads the candidate columns; runs inside a job because it reads whole columns. */
    public static List<String> find(DatasetRepository repository, Dataset dataset, JobContext context) {
        List<String> found = new ArrayList<>();
        for (Column column : dataset.columns()) {
            context.checkCancelled();
            if (column.type() != ValueType.TEXT || column.question() != null) {
                continue;
            }
            if (isFewValued(repository.readColumn(dataset, column))) {
                found.add(column.key());
            }
        }
        return found;
    }

    static boolean isFewValued(String[] cells) {
        Set<String> distinct = new HashSet<>();
        for (String cell : cells) {
            if (!cell.isBlank() && distinct.add(cell.strip()) && distinct.size() > MAX_GROUPS) {
                return false;
            }
        }
        return distinct.size() >= 2;
    }
}
