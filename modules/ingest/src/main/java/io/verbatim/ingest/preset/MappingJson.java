package io.verbatim.ingest.preset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ProblemRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes a {@link ColumnMapping} as the small JSON object of docs/decisions/0017-mapping-files-and-presets.md.
 * Jackson parses; this class checks each key so that a typo is refused on one line naming the key and the keys there
 * are, instead of being ignored and the file imported unmapped.
 */
public final class MappingJson {

    static final String KIND = "kind";
    static final String FIELDS = "fields";
    static final String ROLES = "roles";
    static final String DATE_ORDER = "date_order";
    static final String TIME_ZONE = "time_zone";
    static final String SKIP = "skip";
    static final String EXCEL_DATES = "excel_dates";

    private static final Set<String> KEYS = Set.of(KIND, FIELDS, ROLES, DATE_ORDER, TIME_ZONE, SKIP, EXCEL_DATES);
    private static final String KEY_LIST = "kind, fields, roles, date_order, time_zone, skip, excel_dates";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MappingJson() {}

    /**
     * Reads a mapping file.
     *
     * @throws ImportException naming the file and what to correct in it
     */
    public static ColumnMapping read(Path file) {
        try {
            return parse(Files.readString(file), file);
        } catch (IOException e) {
            throw new ImportException(
                    ProblemRule.MAPPING, file, 0, 0, "cannot read the mapping file: " + e.getMessage(), e);
        }
    }

    /**
     * Parses mapping JSON.
     *
     * @param source the file (or preset) the text came from, named in errors
     * @throws ImportException naming the source and what to correct in it
     */
    public static ColumnMapping parse(String json, Path source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            String where =
                    e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw fail(
                    source,
                    "is not valid JSON (" + e.getOriginalMessage() + where + "); a mapping is one object"
                            + " such as {\"kind\": \"tickets\", \"fields\": {\"created_at\": \"Opened\"}}");
        }
        if (root == null || !root.isObject()) {
            throw fail(source, "a mapping file holds one JSON object with the keys " + KEY_LIST);
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (!KEYS.contains(entry.getKey())) {
                throw fail(source, "unknown key \"" + entry.getKey() + "\"; a mapping has the keys " + KEY_LIST);
            }
        }
        ColumnMapping mapping = new ColumnMapping(
                kind(root, source),
                strings(root, FIELDS, source),
                strings(root, ROLES, source),
                dateOrder(root, source),
                zone(root, source),
                list(root, source),
                excel1904(root, source));
        MappingRules.check(mapping, source);
        return mapping;
    }

    /** The mapping as indented JSON, only the keys that say something. */
    public static String write(ColumnMapping mapping) {
        ObjectNode root = MAPPER.createObjectNode();
        if (mapping.kind() != null) {
            root.put(KIND, mapping.kind().wireName());
        }
        if (!mapping.fields().isEmpty()) {
            mapping.fields().forEach(root.putObject(FIELDS)::put);
        }
        if (!mapping.roles().isEmpty()) {
            mapping.roles().forEach(root.putObject(ROLES)::put);
        }
        if (mapping.dateOrder() != null) {
            root.put(DATE_ORDER, mapping.dateOrder().name());
        }
        if (mapping.timeZone() != null) {
            root.put(TIME_ZONE, mapping.timeZone().getId());
        }
        if (!mapping.skip().isEmpty()) {
            mapping.skip().forEach(root.putArray(SKIP)::add);
        }
        if (mapping.excel1904()) {
            root.put(EXCEL_DATES, "1904");
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JacksonException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static DatasetKind kind(JsonNode root, Path source) {
        String text = text(root, KIND, source);
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "survey" -> DatasetKind.SURVEY;
            case "tickets" -> DatasetKind.TICKETS;
            case "mentions" -> DatasetKind.MENTIONS;
            default ->
                throw fail(
                        source,
                        "\"kind\": \"" + text + "\" is not a kind a mapping applies to; use survey,"
                                + " tickets or mentions");
        };
    }

    private static DateOrder dateOrder(JsonNode root, Path source) {
        String text = text(root, DATE_ORDER, source);
        if (text == null) {
            return null;
        }
        try {
            return DateOrder.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(
                    source,
                    "\"date_order\": \"" + text + "\" is not a date order; use DMY (05/03/2024 is 5 March)"
                            + " or MDY (05/03/2024 is May 3)");
        }
    }

    private static ZoneId zone(JsonNode root, Path source) {
        String text = text(root, TIME_ZONE, source);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw fail(
                    source,
                    "\"time_zone\": \"" + text + "\" is not a time zone; use a region such as"
                            + " Europe/Moscow or an offset such as +03:00");
        }
    }

    private static boolean excel1904(JsonNode root, Path source) {
        String text = text(root, EXCEL_DATES, source);
        if (text == null || text.strip().equals("1900")) {
            return false;
        }
        if (text.strip().equals("1904")) {
            return true;
        }
        throw fail(
                source,
                "\"excel_dates\": \"" + text + "\" is not a date system; use 1900 (the default) or 1904"
                        + " (workbooks from old Excel for Mac)");
    }

    private static String text(JsonNode root, String key, Path source) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw fail(source, "\"" + key + "\" must be a string, not " + node);
        }
        return node.asText();
    }

    private static Map<String, String> strings(JsonNode root, String key, Path source) {
        JsonNode node = root.get(key);
        Map<String, String> map = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return map;
        }
        if (!node.isObject()) {
            throw fail(source, "\"" + key + "\" must be an object of names, e.g. {\"created_at\": \"Opened\"}");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isTextual()) {
                throw fail(source, "\"" + key + "\": the value of \"" + entry.getKey() + "\" must be a string");
            }
            map.put(entry.getKey().strip(), entry.getValue().asText().strip());
        }
        return map;
    }

    private static List<String> list(JsonNode root, Path source) {
        JsonNode node = root.get(SKIP);
        List<String> headers = new ArrayList<>();
        if (node == null || node.isNull()) {
            return headers;
        }
        if (!node.isArray()) {
            throw fail(source, "\"skip\" must be a list of headers, e.g. [\"Internal note\"]");
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw fail(source, "\"skip\" lists headers as strings, not " + item);
            }
            headers.add(item.asText().strip());
        }
        return headers;
    }

    static ImportException fail(Path source, String reason) {
        return new ImportException(ProblemRule.MAPPING, source, 0, 0, reason);
    }
}
