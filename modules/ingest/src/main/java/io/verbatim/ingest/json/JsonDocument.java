package io.verbatim.ingest.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ProblemRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A JSON export read as a stream: a top-level object whose arrays of records (tickets, messages) are walked one
 * element at a time with Jackson's streaming parser. Only one element is ever held as a tree, so the file's size
 * does not decide the memory an import needs. Malformed JSON becomes an {@link ImportException} with the line and
 * column Jackson reports.
 */
public final class JsonDocument {

    /** Made on first use, so that sniffing a file that is not JSON does not pay for Jackson's start-up. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    private final Path file;

    private JsonDocument(Path file) {
        this.file = file;
    }

    public static JsonDocument of(Path file) {
        return new JsonDocument(file);
    }

    public Path file() {
        return file;
    }

    /** Size in bytes, or -1 when it cannot be read. */
    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Called for each object element of a chosen top-level array, or for a chosen top-level object. */
    @FunctionalInterface
    public interface ElementHandler {
        /**
         * @param array the top-level key of the array
         * @param element the element as a tree
         * @param start where the element starts (line, column, byte offset)
         * @return false to stop reading
         */
        boolean element(String array, JsonNode element, JsonLocation start);
    }

    /** What a walk over the whole file saw at the top level. */
    public record Outline(Set<String> keys, Map<String, JsonNode> scalars) {}

    /**
     * Walks the whole file once: every element of the top-level arrays named in {@code arrays} goes to
     * {@code handler} (a top-level object under such a name counts as a single element); other values are skipped without being built, top-level scalars are collected.
     *
     * @throws ImportException when the file is not a JSON object or is malformed
     */
    public Outline walk(Set<String> arrays, ElementHandler handler) {
        Map<String, JsonNode> scalars = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = Mapper.INSTANCE.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ImportException(ProblemRule.EMPTY_FILE, file, 0, 0, "the file is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw refusal(parser.currentTokenLocation(), "expected a JSON object at the top level, found " + first);
            }
            Set<String> keys = new java.util.LinkedHashSet<>();
            boolean going = true;
            while (going && parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                keys.add(key);
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && arrays.contains(key)) {
                    going = walkArray(parser, key, handler);
                } else if (value == JsonToken.START_OBJECT && arrays.contains(key)) {
                    JsonLocation start = parser.currentTokenLocation();
                    going = handler.element(key, Mapper.INSTANCE.readTree(parser), start);
                } else if (value.isStructStart()) {
                    parser.skipChildren();
                } else {
                    scalars.putIfAbsent(key, Mapper.INSTANCE.readTree(parser));
                }
            }
            if (going) {
                parser.nextToken();
            }
            return new Outline(Set.copyOf(keys), scalars);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new ImportException(ProblemRule.UNREADABLE, file, 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private boolean walkArray(JsonParser parser, String key, ElementHandler handler) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw refusal(parser.currentLocation(), "the file ends inside the \"" + key + "\" array");
            }
            JsonLocation start = parser.currentTokenLocation();
            if (token != JsonToken.START_OBJECT) {
                throw refusal(start, "expected an object in \"" + key + "\", found " + token);
            }
            JsonNode element = Mapper.INSTANCE.readTree(parser);
            if (!handler.element(key, element, start)) {
                return false;
            }
        }
        return true;
    }

    /** An {@link ImportException} at {@code where}, for a file that is valid JSON but not the expected shape. */
    public ImportException refusal(JsonLocation where, String reason) {
        return new ImportException(
                ProblemRule.UNKNOWN_KIND,
                file,
                Math.max(0, where.getLineNr()),
                Math.max(0, where.getColumnNr()),
                reason);
    }

    private ImportException malformed(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        long line = where == null ? 0 : Math.max(0, where.getLineNr());
        int column = where == null ? 0 : Math.max(0, where.getColumnNr());
        return new ImportException(
                ProblemRule.MALFORMED_JSON, file, line, column, "not valid JSON: " + e.getOriginalMessage(), e);
    }

    /**
     * The top-level keys and scalar values found in the first {@code maxBytes} of {@code file}, for recognising an
     * export cheaply; empty when the file does not start as a JSON object. Never throws.
     */
    public static Map<String, JsonNode> sniff(Path file, int maxBytes) {
        Map<String, JsonNode> seen = new LinkedHashMap<>();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(maxBytes);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return seen;
        }
        if (!startsLikeAnObject(head)) {
            // Not JSON at all (a CSV, a workbook): answered without loading the JSON machinery.
            return seen;
        }
        try (JsonParser parser = Mapper.INSTANCE.createParser(head)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return seen;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                seen.put(key, value.isScalarValue() ? Mapper.INSTANCE.readTree(parser) : Mapper.INSTANCE.nullNode());
                if (value.isStructStart()) {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            // the sample ends mid-value or is not JSON: keep the keys seen so far
            return seen;
        }
        return seen;
    }

    /** True when the first byte after a UTF-8 byte-order mark and white space is an opening brace. */
    static boolean startsLikeAnObject(byte[] head) {
        int i = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
            i++;
        }
        return i < head.length && head[i] == '{';
    }

    /** The first {@code maxBytes} of {@code file} as UTF-8 text, or "" when it cannot be read. Never throws. */
    public static String head(Path file, int maxBytes) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(maxBytes), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return "";
        }
    }

    /** The text of a scalar node, or "" for null, missing and structured nodes. */
    public static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return "";
        }
        return node.asText();
    }
}
