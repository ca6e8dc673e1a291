package io.verbatim.ingest.json.known;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Names JSON that Verbatim does not import but can tell apart, so that the refusal says what the file is and what to
 * import instead rather than "not a table". People export the wrong thing from an API in good faith (a survey's
 * definition instead of its responses, a chat search instead of the chats); a reason that names it saves them a
 * support ticket. Only the file's first {@value #SAMPLE_BYTES} bytes are read, and base64-encoded JSON is decoded
 * first, so a large file costs no more than a small one.
 */
public final class KnownJson {

    static final int SAMPLE_BYTES = 16 * 1024;

    /** A recorded Qualtrics survey: {@code {"result":{"id":"SV_…"}} (v3 surveys API) or a {@code .qsf} file. */
    private static final Pattern QUALTRICS_DEFINITION = Pattern.compile(
            "\\s*\\{\\s*(\"SurveyEntry\"\\s*:|\"result\"\\s*:\\s*\\{\\s*\"(id|SurveyID)\"\\s*:\\s*\"SV_)");

    private static final String QUALTRICS_ADVICE =
            "; export the responses from Data & Analysis as CSV and import that file";
    private static final String ZENDESK_ADVICE =
            "; import Zendesk tickets (tickets.json, with ticket_metrics.json beside it) or chats instead";
    private static final Set<String> PAGING_KEYS =
            Set.of("next_page", "end_time", "after_cursor", "before_cursor", "end_of_stream", "next_url");

    private static final List<Function<JsonHead, String>> RULES = List.of(
            KnownJson::qualtricsDefinition,
            KnownJson::qualtricsResponsesJson,
            KnownJson::zendeskChatSearch,
            KnownJson::sunshineEvents,
            KnownJson::sunshineRelationships,
            KnownJson::sunshineObjects,
            KnownJson::columnDefinitions,
            KnownJson::recordedResponses,
            KnownJson::errorResponse,
            KnownJson::pageOfUnknownRecords,
            KnownJson::noRecords);

    private KnownJson() {}

    /**
     * What {@code file} is and what to import instead, as the reason of a one-line refusal; empty when its start is
     * not JSON (plain or base64) of a kind named here. Never throws.
     */
    public static Optional<String> whatIs(Path file) {
        byte[] sample = read(file);
        String text = new String(sample, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        byte[] decoded = Base64Head.decode(text);
        boolean encoded = decoded != null && Base64Head.startsAsJson(text);
        JsonHead head =
                encoded ? JsonHead.of(decoded, new String(decoded, StandardCharsets.UTF_8)) : JsonHead.of(sample, text);
        for (Function<JsonHead, String> rule : RULES) {
            String reason = rule.apply(head);
            if (reason != null) {
                return Optional.of(encoded ? reason.replaceFirst("^is an? ", "$0base64-encoded ") : reason);
            }
        }
        return encoded
                ? Optional.of("is base64-encoded JSON, not a table; decode it (base64 -d) and import the data it holds,"
                        + " or export the data as CSV or XLSX")
                : Optional.empty();
    }

    /** True when {@code text}, a file's first characters, is base64 that decodes to the start of JSON. */
    public static boolean startsAsBase64Json(String text) {
        return Base64Head.startsAsJson(text);
    }

    private static String qualtricsDefinition(JsonHead head) {
        return QUALTRICS_DEFINITION.matcher(head.text()).lookingAt()
                ? "is a Qualtrics survey definition (the questions, no responses)" + QUALTRICS_ADVICE
                : null;
    }

    private static String qualtricsResponsesJson(JsonHead head) {
        return head.recordHas("responseId", "values")
                ? "is a Qualtrics response export in JSON, which Verbatim does not read"
                        + "; export the responses from Data & Analysis as CSV (or XLSX) and import that file"
                : null;
    }

    private static String zendeskChatSearch(JsonHead head) {
        boolean search = "results".equals(head.arrayKey())
                && head.recordHas("preview", "url")
                && head.firstRecord().path("url").asText().contains("/api/v2/chats");
        return search
                ? "is a Zendesk Chat search result (one-line previews of chats, no messages or times); fetch the"
                        + " chats themselves (Chat API /api/v2/chats?ids=… or the incremental chat export) and import"
                        + " that JSON"
                : null;
    }

    private static String sunshineEvents(JsonHead head) {
        boolean events = head.recordHas("user_id", "type", "source")
                && (head.recordHas("received_at") || head.recordHas("properties"));
        return events
                ? "is a list of Zendesk user events (Sunshine profile events such as \""
                        + head.firstRecord().path("type").asText()
                        + "\", no conversations)"
                        + ZENDESK_ADVICE
                : null;
    }

    private static String sunshineRelationships(JsonHead head) {
        return head.recordHas("relationship_type", "source", "target")
                ? "is a list of Zendesk Sunshine relationship records (links between custom objects and tickets,"
                        + " no conversations)"
                        + ZENDESK_ADVICE
                : null;
    }

    private static String sunshineObjects(JsonHead head) {
        return "data".equals(head.arrayKey()) && head.recordHas("type", "attributes")
                ? "is a list of Zendesk Sunshine custom object records (\""
                        + head.firstRecord().path("type").asText()
                        + "\" attributes, no conversations)"
                        + ZENDESK_ADVICE
                : null;
    }

    private static String columnDefinitions(JsonHead head) {
        boolean definitions = "".equals(head.arrayKey())
                && head.recordHas("name", "type")
                && head.firstRecord().size() <= 3;
        return definitions
                ? "is a list of column definitions (a name and a type per column, such as a test fixture of expected"
                        + " columns), not data; import the export it describes"
                : null;
    }

    private static String recordedResponses(JsonHead head) {
        JsonNode first = head.firstObject();
        return head.arrayKey() == null && first != null && first.has("statusCode")
                ? "is a set of recorded HTTP responses (status codes and bodies, an API client's test fixture), not an"
                        + " export; import the data an API call returned, such as Zendesk tickets.json"
                : null;
    }

    private static String errorResponse(JsonHead head) {
        boolean error = (head.hasKey("error") || "errors".equals(head.arrayKey()))
                && head.keys().size() <= 3;
        return error
                ? "is an API error response (\"error\": " + errorText(head) + "), not data; fix the request"
                        + " (credentials, time range, rate limit) and export again"
                : null;
    }

    private static String pageOfUnknownRecords(JsonHead head) {
        boolean page = head.arrayKey() != null
                && !head.arrayKey().isEmpty()
                && head.keys().keySet().stream().anyMatch(PAGING_KEYS::contains);
        return page
                ? "is a page of an API export whose records sit under \"" + head.arrayKey() + "\", which no importer"
                        + " reads; import a page of the Zendesk ticket export (\"tickets\") or chat export instead"
                : null;
    }

    private static String noRecords(JsonHead head) {
        boolean onlyObjects = head.arrayKey() == null
                && head.firstObject() != null
                && head.keys().values().stream().allMatch(JsonNode::isNull);
        return onlyObjects
                ? "holds named objects but no list of records (settings or a test fixture, not an export), so there"
                        + " are no rows to import; export the data as CSV or XLSX"
                : null;
    }

    private static String errorText(JsonHead head) {
        JsonNode error = head.keys().get("error");
        String text = error == null || error.isNull() ? "" : error.asText();
        return text.isBlank() ? "…" : "\"" + text + "\"";
    }

    private static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return new byte[0];
        }
    }
}
