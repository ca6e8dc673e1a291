package io.verbatim.app.importer;

import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.dataset.TicketField;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.mapping.HeaderNames;
import io.verbatim.ingest.preset.ColumnMapping;
import io.verbatim.ingest.preset.DateRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The mapping step's rows for a file read with a mapping: one per header, skipped columns included. */
final class MappingRows {

    private MappingRows() {}

    static List<MappingRow> of(MappingRead read, Messages messages) {
        // The headers the skip names find, by the one rule every import follows.
        Set<Integer> skipped = new HashSet<>();
        read.mapping().skip().forEach(name -> skipped.add(HeaderNames.find(read.headers(), name)));
        Map<String, String> fieldOf = new LinkedHashMap<>();
        read.fields().forEach((field, header) -> fieldOf.put(header, field));
        ImportPreview preview = read.preview();
        // A table's preview has the kept columns only, in the file's order; a survey's has every column.
        boolean everyColumn = preview.columns().size() == read.headers().size();
        Iterator<Column> kept = preview.columns().iterator();
        List<MappingRow> rows = new ArrayList<>();
        for (int position = 0; position < read.headers().size(); position++) {
            String header = read.headers().get(position);
            boolean skip = skipped.contains(position);
            Column next = everyColumn || (!skip && kept.hasNext()) ? kept.next() : null;
            Column column = skip ? null : next;
            String type = column == null ? messages.get("mapping.type.skipped") : typeName(column, messages);
            String sample = column == null ? "" : sample(preview.rows(), column.position());
            rows.add(new MappingRow(header, sample, type, fieldOf.getOrDefault(header, MappingRow.NO_FIELD), skip));
        }
        return rows;
    }

    /**
     * The mapping of the step's rows: for a survey its question roles, the skipped headers and the date choices; for a
     * table every mapped field by its header, the skipped headers and the date choices.
     */
    static ColumnMapping mapping(DatasetKind kind, List<MappingRow> rows, Map<String, String> roles, DateRules dates) {
        if (kind == DatasetKind.SURVEY) {
            List<String> skip = rows.stream()
                    .filter(row -> row.skipProperty().get())
                    .map(MappingRow::header)
                    .toList();
            return new ColumnMapping(kind, Map.of(), roles, dates.order(), dates.zone(), skip, dates.excel1904());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> skip = new ArrayList<>();
        for (MappingRow row : rows) {
            if (row.skipProperty().get()) {
                skip.add(row.header());
            } else if (row.mapped()) {
                fields.put(row.fieldProperty().get(), row.header());
            }
        }
        return new ColumnMapping(kind, fields, Map.of(), dates.order(), dates.zone(), skip, dates.excel1904());
    }

    /**
     * The mapping of a file nobody mapped yet: detection decides, and times without an offset are kept as written,
     * as the command line keeps them, so the same file reads the same from either; the analyst picks a zone to
     * place them.
     */
    static ColumnMapping detectionOnly(DatasetKind kind) {
        return kind == DatasetKind.SURVEY
                ? ColumnMapping.NONE.withKind(kind)
                : new ColumnMapping(kind, Map.of(), Map.of(), null, null, List.of(), false);
    }

    /**
     * {@link MappingRow#NO_FIELD}, then the canonical fields of the kind: the domain's {@link TicketField} and
     * {@link MentionField}, whose keys the table importers' synonyms are written for.
     */
    static List<String> fieldKeys(DatasetKind kind, boolean table) {
        List<String> keys = new ArrayList<>();
        keys.add(MappingRow.NO_FIELD);
        if (table && kind == DatasetKind.TICKETS) {
            Arrays.stream(TicketField.values()).map(TicketField::key).forEach(keys::add);
        } else if (table && kind == DatasetKind.MENTIONS) {
            Arrays.stream(MentionField.values()).map(MentionField::key).forEach(keys::add);
        }
        return keys;
    }

    private static String typeName(Column column, Messages messages) {
        String type = column.question() != null
                ? "rating"
                : switch (column.type()) {
                    case NUMBER -> "number";
                    case DATETIME -> "date";
                    default -> "text";
                };
        return messages.get("mapping.type." + type);
    }

    private static String sample(List<List<String>> preview, int position) {
        return preview.stream()
                .filter(r -> position < r.size())
                .map(r -> r.get(position).replaceAll("\\s*\\R\\s*", " "))
                .filter(s -> !s.isBlank())
                .distinct()
                .limit(3)
                .collect(Collectors.joining(", "));
    }
}
