package io.verbatim.ingest.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header names, in English and Russian, under which exports carry each canonical column. Synonyms are listed in
 * order of preference: when an export has two candidates for one field (Jira's {@code Issue key} and {@code Issue id},
 * Brandwatch's {@code Full Text} and {@code Snippet}) the column matching the earlier synonym wins. Each field takes at
 * most one column; every other column is kept under its own name.
 */
public final class Synonyms {

    private final Map<Canonical, List<String>> names;

    private Synonyms(Map<Canonical, List<String>> names) {
        this.names = names;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Maps the export's headers to canonical fields.
     *
     * @return per column, the canonical field it holds or null
     */
    public Canonical[] map(List<String> headers) {
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = headers.size() - 1; i >= 0; i--) {
            columnOf.put(HeaderNames.normalise(headers.get(i)), i);
        }
        Canonical[] fields = new Canonical[headers.size()];
        for (Map.Entry<Canonical, List<String>> field : names.entrySet()) {
            for (String synonym : field.getValue()) {
                Integer column = columnOf.get(synonym);
                if (column != null && fields[column] == null) {
                    fields[column] = field.getKey();
                    break;
                }
            }
        }
        return fields;
    }

    /**
     * Reads a synonym table, one field a line: {@code key = Synonym | Synonym | ...}, most preferred first.
     *
     * @param fields the kind's canonical fields, looked up by key
     */
    public static Synonyms parse(List<Canonical> fields, String table) {
        Map<String, Canonical> byKey = new HashMap<>();
        fields.forEach(f -> byKey.put(f.key(), f));
        Builder builder = builder();
        for (String line : table.strip().split("\\R")) {
            int equals = line.indexOf('=');
            Canonical field = byKey.get(line.substring(0, Math.max(equals, 0)).strip());
            if (field == null) {
                throw new IllegalArgumentException("not a synonym line of a known field: " + line);
            }
            builder.field(field, line.substring(equals + 1).split("\\|"));
        }
        return builder.build();
    }

    /** The canonical fields these synonyms name, in the order of the table. */
    public List<Canonical> fields() {
        return List.copyOf(names.keySet());
    }

    /** How many distinct canonical fields the headers name. */
    public int matches(List<String> headers) {
        return (int) Arrays.stream(map(headers)).filter(f -> f != null).count();
    }

    /** Collects synonyms field by field. */
    public static final class Builder {

        private final Map<Canonical, List<String>> names = new LinkedHashMap<>();

        /** Adds a field's synonyms, most preferred first; they are normalised as headers are. */
        public Builder field(Canonical field, String... synonyms) {
            List<String> list = names.computeIfAbsent(field, f -> new ArrayList<>());
            for (String synonym : synonyms) {
                list.add(HeaderNames.normalise(synonym));
            }
            return this;
        }

        public Synonyms build() {
            Map<Canonical, List<String>> copy = new LinkedHashMap<>();
            names.forEach((field, list) -> copy.put(field, List.copyOf(list)));
            return new Synonyms(copy);
        }
    }
}
