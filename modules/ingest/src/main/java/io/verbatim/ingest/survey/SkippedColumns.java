package io.verbatim.ingest.survey;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.mapping.HeaderNames;
import io.verbatim.ingest.report.ProblemRule;
import io.verbatim.ingest.survey.layout.HeaderColumn;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The columns of a survey a mapping's {@code skip} leaves out (e-mail addresses, IP addresses, names: what an analyst
 * must not store), found by key or label with the rule every mapping follows ({@link HeaderNames#find}). A name the
 * file does not have is refused, listing the columns there are, because a typo would otherwise store the very column meant to
 * stay out.
 */
final class SkippedColumns {

    private SkippedColumns() {}

    /** The positions kept, in order, or null when nothing is skipped. */
    static int[] kept(List<HeaderColumn> columns, List<String> skip, Path file) {
        if (skip.isEmpty()) {
            return null;
        }
        boolean[] skipped = new boolean[columns.size()];
        for (String name : skip) {
            skipped[find(columns, name, file)] = true;
        }
        return IntStream.range(0, columns.size()).filter(i -> !skipped[i]).toArray();
    }

    private static int find(List<HeaderColumn> columns, String name, Path file) {
        // A key or a label, by the rule every mapping follows (HeaderNames): the closer match wins, keys on a tie.
        int byKey = HeaderNames.find(columns.stream().map(HeaderColumn::key).toList(), name);
        int byLabel = HeaderNames.find(columns.stream().map(HeaderColumn::label).toList(), name);
        if (byKey >= 0
                && (byLabel < 0 || closeness(columns, byKey, true, name) <= closeness(columns, byLabel, false, name))) {
            return byKey;
        }
        if (byLabel >= 0) {
            return byLabel;
        }
        throw new ImportException(
                ProblemRule.MAPPING,
                file,
                0,
                0,
                "the mapping skips the column \"%s\", which the file does not have; its columns: %s"
                        .formatted(
                                name,
                                String.join(
                                        ", ",
                                        columns.stream().map(HeaderColumn::key).toList())));
    }

    private static int closeness(List<HeaderColumn> columns, int index, boolean key, String name) {
        HeaderColumn column = columns.get(index);
        return HeaderNames.match(key ? column.key() : column.label(), name);
    }
}
