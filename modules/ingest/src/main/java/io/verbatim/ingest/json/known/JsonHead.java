package io.verbatim.ingest.json.known;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the first bytes of a JSON file show: the top-level keys (with scalar values, {@code null} for containers), the
 * first top-level array (its key, or "" for a top-level array) and the first object in it, and the first object
 * value. Enough to tell one kind of API response or fixture from another without reading a large file whole; a value
 * cut off by the end of the sample is simply not seen.
 *
 * @param keys top-level keys in order; a scalar's value, or {@code null} for an object or array
 * @param arrayKey key of the first top-level array of objects, "" for a top-level array, {@code null} when none
 * @param firstRecord first object of that array, {@code null} when none was read whole
 * @param firstObject the first top-level value that is an object, {@code null} when none was read whole
 * @param text the sample as text, for markers that need no parsing
 */
record JsonHead(Map<String, JsonNode> keys, String arrayKey, JsonNode firstRecord, JsonNode firstObject, String text) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** True when the sample starts with an object or an array. */
    boolean isJson() {
        return !keys.isEmpty() || arrayKey != null;
    }

    boolean hasKey(String key) {
        return keys.containsKey(key);
    }

    /** True when the first record exists and has every one of {@code fields}. */
    boolean recordHas(String... fields) {
        if (firstRecord == null) {
            return false;
        }
        for (String field : fields) {
            if (!firstRecord.has(field)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the sample; never throws (a sample that is not JSON gives an empty head). */
    static JsonHead of(byte[] sample, String text) {
        Map<String, JsonNode> keys = new LinkedHashMap<>();
        String[] arrayKey = {null};
        JsonNode[] found = {null, null};
        try (JsonParser parser = MAPPER.createParser(sample)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                arrayKey[0] = "";
                found[0] = firstElement(parser);
            } else if (first == JsonToken.START_OBJECT) {
                readObject(parser, keys, arrayKey, found);
            }
        } catch (IOException e) {
            // the sample ends mid-value or is not JSON: keep what was read
        }
        return new JsonHead(Collections.unmodifiableMap(nullsAsNullNodes(keys)), arrayKey[0], found[0], found[1], text);
    }

    private static void readObject(JsonParser parser, Map<String, JsonNode> keys, String[] arrayKey, JsonNode[] found)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            keys.put(key, null);
            if (value == JsonToken.START_ARRAY && arrayKey[0] == null) {
                arrayKey[0] = key;
                found[0] = firstElement(parser);
                skipRestOfArray(parser);
            } else if (value == JsonToken.START_OBJECT && found[1] == null) {
                found[1] = MAPPER.readTree(parser);
            } else if (value.isStructStart()) {
                parser.skipChildren();
            } else {
                keys.put(key, MAPPER.readTree(parser));
            }
        }
    }

    /** The first element of the array the parser is at, when it is an object; the parser then sits after it. */
    private static JsonNode firstElement(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_OBJECT) {
            return MAPPER.readTree(parser);
        }
        if (token != null && token.isStructStart()) {
            parser.skipChildren();
        }
        return null;
    }

    /** Moves past the end of the array the parser is in (after its first element, or at its end already). */
    private static void skipRestOfArray(JsonParser parser) throws IOException {
        if (!parser.getParsingContext().inArray()) {
            return;
        }
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new IOException("the sample ends inside an array");
            }
            if (token.isStructStart()) {
                parser.skipChildren();
            }
        }
    }

    private static Map<String, JsonNode> nullsAsNullNodes(Map<String, JsonNode> keys) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        keys.forEach((k, v) -> copy.put(k, v == null ? MAPPER.nullNode() : v));
        return copy;
    }
}
