package io.verbatim.ingest.survey;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ProblemRule;
import io.verbatim.ingest.survey.layout.HeaderColumn;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The columns of a survey a mapping's {@code skip} leaves out (e-mail addresses, IP addresses, names: what an analyst
 * must not store), found by key or label: written exactly, else equal ignoring case, spaces and punctuation. A name the file does
 * not have is refused, listing the columns there are, because a typo would otherwise store the very column meant to
 * stay out.
 */
final class SkippedColumns {

    /** What a loose comparison ignores: {@code IP Address} = {@code ip_address} = {@code IPAddress}. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

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
        String wanted = name.strip();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(wanted) || columns.get(i).label().equals(wanted)) {
                return i;
            }
        }
        String loose = loose(wanted);
        for (int i = 0; i < columns.size(); i++) {
            if (loose(columns.get(i).key()).equals(loose)
                    || loose(columns.get(i).label()).equals(loose)) {
                return i;
            }
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

    private static String loose(String name) {
        return NOT_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
