package io.verbatim.ingest.mapping;

import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.preset.ColumnMapping;
import io.verbatim.ingest.report.ProblemRule;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a mapping's {@code fields} and {@code skip} to a table's headers. A mapped field takes its column whatever
 * the synonyms said (and leaves the column the synonyms had given it); a name the file or the kind does not have is
 * refused on one line that lists what there is, because importing without the column the analyst asked for would
 * give KPIs silently computed from nothing.
 */
final class MappedColumns {

    private MappedColumns() {}

    /** Positions of the headers the mapping skips. */
    static Set<Integer> skipped(ColumnMapping mapping, List<String> headers, Path file) {
        Set<Integer> skipped = new HashSet<>();
        for (String header : mapping.skip()) {
            skipped.add(find(header, headers, file, "skips"));
        }
        return skipped;
    }

    /**
     * The canonical field of each column: the synonyms' choice, overridden by the mapping.
     *
     * @param headers the headers of the columns kept
     */
    static Canonical[] fields(TableKind kind, ColumnMapping mapping, List<String> headers, Path file) {
        Canonical[] fields = kind.synonyms().map(headers);
        Map<String, Canonical> byKey = new LinkedHashMap<>();
        kind.synonyms().fields().forEach(f -> byKey.put(f.key(), f));
        for (Map.Entry<String, String> entry : mapping.fields().entrySet()) {
            Canonical field = byKey.get(entry.getKey());
            if (field == null) {
                throw new ImportException(
                        ProblemRule.MAPPING,
                        file,
                        0,
                        0,
                        "the mapping names the field \"%s\", which %s do not have; fields: %s"
                                .formatted(entry.getKey(), kind.kind().wireName(), String.join(", ", byKey.keySet())));
            }
            int column = find(entry.getValue(), headers, file, "maps " + field.key() + " to");
            for (int i = 0; i < fields.length; i++) {
                if (field.equals(fields[i])) {
                    fields[i] = null;
                }
            }
            fields[column] = field;
        }
        return fields;
    }

    /** The mapping as the file is read: its own fields plus those the synonyms found. */
    static Map<String, String> named(Canonical[] fields, List<String> headers) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != null) {
                named.put(fields[i].key(), headers.get(i));
            }
        }
        return named;
    }

    /** True when every header the mapping names is in {@code headers}: how a header row below a preamble is found. */
    static boolean namesAll(ColumnMapping mapping, List<String> headers) {
        Set<String> present = new HashSet<>();
        headers.forEach(h -> present.add(HeaderNames.normalise(h)));
        return !mapping.fields().isEmpty()
                && mapping.fields().values().stream().allMatch(h -> present.contains(HeaderNames.normalise(h)));
    }

    /** The column with this header: written exactly, else equal once normalised ({@code Created at} = {@code created_at}). */
    private static int find(String header, List<String> headers, Path file, String verb) {
        int found = HeaderNames.find(headers, header);
        if (found >= 0) {
            return found;
        }
        throw new ImportException(
                ProblemRule.MAPPING,
                file,
                0,
                0,
                "the mapping %s the column \"%s\", which the file does not have; its columns: %s"
                        .formatted(verb, header, String.join(", ", headers)));
    }
}
