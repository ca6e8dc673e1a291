package io.verbatim.ingest.json.telegram;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Telegram Desktop writes a message's text either as a plain string or, when it has formatting, links or mentions, as
 * an array of plain strings and entity objects ({@code {"type": "link", "text": "https://..."}}). This flattens both
 * to the text a reader sees: the pieces concatenated in order, each entity contributing its visible text.
 */
final class TelegramText {

    private TelegramText() {}

    /** The message's visible text, from {@code text} or, when that is empty, {@code text_entities}. */
    static String of(JsonNode message) {
        String text = flatten(message.get("text"));
        return text.isEmpty() ? flatten(message.get("text_entities")) : text;
    }

    static String flatten(JsonNode text) {
        if (text == null || text.isNull() || text.isMissingNode()) {
            return "";
        }
        if (text.isTextual()) {
            return text.asText();
        }
        if (text.isObject()) {
            return flatten(text.get("text"));
        }
        if (!text.isArray()) {
            return text.asText();
        }
        StringBuilder flat = new StringBuilder();
        for (JsonNode piece : text) {
            flat.append(flatten(piece));
        }
        return flat.toString();
    }
}
