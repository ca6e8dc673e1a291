package io.verbatim.store.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.journey.Persona;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.score.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one document format of a journey map: what the workspace stores, what the built-in templates are written in and
 * what an export would carry. The document names its format and {@link #VERSION}; a reader accepts every version up
 * to its own and refuses a newer one with a message, so a later Verbatim reads older maps and an older Verbatim never
 * half-reads a newer one. Unknown fields are ignored and missing ones take their defaults, which is what lets a
 * version add a field without a migration (ADR 0032).
 *
 * <pre>{@code
 * {"format": "verbatim-journey", "version": 1, "id": "...", "name": "...",
 *  "personas": [{"id", "name", "description"}],
 *  "stages": [{"id", "name", "feltEmotion": 1.5 | null,
 *              "binding": {"dataset", "metric": "nps", "question", "filter", "textColumn"} | null}],
 *  "lanes": [{"id", "kind": "PAIN_POINTS", "title"}],
 *  "notes": [{"id", "stage", "lane", "text", "colour": "YELLOW"}]}
 * }</pre>
 */
public final class JourneyJson {

    /** The value of the document's {@code format} field. */
    public static final String FORMAT = "verbatim-journey";

    /** The newest document version this code writes and reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JourneyJson() {}

    /** The map as a compact JSON document. */
    public static String write(JourneyMap map) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("id", map.id());
        root.put("name", map.name());
        ArrayNode personas = root.putArray("personas");
        for (Persona persona : map.personas()) {
            personas.addObject()
                    .put("id", persona.id())
                    .put("name", persona.name())
                    .put("description", persona.description());
        }
        ArrayNode stages = root.putArray("stages");
        for (Stage stage : map.stages()) {
            ObjectNode node = stages.addObject().put("id", stage.id()).put("name", stage.name());
            if (stage.feltEmotion() == null) {
                node.putNull("feltEmotion");
            } else {
                node.put("feltEmotion", stage.feltEmotion().doubleValue());
            }
            writeBinding(node, stage.binding());
        }
        ArrayNode lanes = root.putArray("lanes");
        for (Lane lane : map.lanes()) {
            lanes.addObject()
                    .put("id", lane.id())
                    .put("kind", lane.kind().name())
                    .put("title", lane.title());
        }
        ArrayNode notes = root.putArray("notes");
        for (Note note : map.notes()) {
            notes.addObject()
                    .put("id", note.id())
                    .put("stage", note.stageId())
                    .put("lane", note.laneId())
                    .put("text", note.text())
                    .put("colour", note.colour().name());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A journey map could not be written as JSON", e);
        }
    }

    /**
     * Reads a document written by this or an older version.
     *
     * @throws JourneyFormatException when the text is not a journey document, is newer than this version, or a field
     *     holds what no version writes
     */
    public static JourneyMap read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new JourneyFormatException(
                    "not JSON (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage());
        }
        if (root == null
                || !root.isObject()
                || !FORMAT.equals(root.path("format").asText())) {
            throw new JourneyFormatException("not a journey map (its \"format\" is not \"" + FORMAT + "\")");
        }
        int version = root.path("version").asInt(0);
        if (version < 1) {
            throw new JourneyFormatException("the journey map has no valid \"version\"");
        }
        if (version > VERSION) {
            throw new JourneyFormatException("the journey map was saved by a newer Verbatim (format version " + version
                    + ", this one reads up to " + VERSION + "); update Verbatim to open it");
        }
        return new JourneyMap(
                required(root, "id"),
                text(root, "name"),
                list(root, "personas", JourneyJson::persona),
                list(root, "stages", JourneyJson::stage),
                list(root, "lanes", JourneyJson::lane),
                list(root, "notes", JourneyJson::note));
    }

    private static void writeBinding(ObjectNode stage, Binding binding) {
        if (binding == null) {
            stage.putNull("binding");
            return;
        }
        stage.putObject("binding")
                .put("dataset", binding.dataset())
                .put("metric", binding.metric().wireName())
                .put("question", binding.question())
                .put("filter", binding.filter())
                .put("textColumn", binding.textColumn());
    }

    private static Persona persona(JsonNode node) {
        return new Persona(required(node, "id"), text(node, "name"), text(node, "description"));
    }

    private static Stage stage(JsonNode node) {
        JsonNode felt = node.path("feltEmotion");
        Double feltEmotion = felt.isNumber() ? Double.valueOf(felt.doubleValue()) : null;
        JsonNode binding = node.path("binding");
        try {
            return new Stage(
                    required(node, "id"),
                    text(node, "name"),
                    binding.isObject() ? binding(binding) : null,
                    feltEmotion);
        } catch (IllegalArgumentException e) {
            throw new JourneyFormatException("stage " + node.path("id").asText() + ": " + e.getMessage());
        }
    }

    private static Binding binding(JsonNode node) {
        String metric = required(node, "metric");
        Metric parsed;
        try {
            parsed = Metric.fromWire(metric);
        } catch (IllegalArgumentException e) {
            throw new JourneyFormatException("unknown metric \"" + metric + "\" (nps, enps, csat or ces)");
        }
        return new Binding(
                required(node, "dataset"),
                parsed,
                text(node, "question"),
                text(node, "filter"),
                text(node, "textColumn"));
    }

    private static Lane lane(JsonNode node) {
        return new Lane(required(node, "id"), constant(LaneKind.class, required(node, "kind")), text(node, "title"));
    }

    private static Note note(JsonNode node) {
        String colour = text(node, "colour");
        return new Note(
                required(node, "id"),
                required(node, "stage"),
                required(node, "lane"),
                text(node, "text"),
                colour.isEmpty() ? NoteColour.YELLOW : constant(NoteColour.class, colour));
    }

    private static <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> item) {
        JsonNode array = root.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new JourneyFormatException("\"" + field + "\" is not a list");
        }
        List<T> items = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            items.add(item.apply(node));
        }
        return items;
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new JourneyFormatException("a \"" + field + "\" is missing");
        }
        return value.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : "";
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JourneyFormatException("unknown " + type.getSimpleName() + " \"" + name + "\"");
        }
    }
}
