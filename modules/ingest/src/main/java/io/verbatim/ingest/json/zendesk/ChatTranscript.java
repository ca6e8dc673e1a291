package io.verbatim.ingest.json.zendesk;

import static io.verbatim.ingest.json.JsonDocument.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The customer's own words in a Zendesk chat, for the description column that text analytics read: the first message
 * the visitor wrote in the {@code history}, else the text of an offline message, else the comment left with the
 * rating. Agents' messages and system events (joins, leaves, ratings) are never taken.
 */
final class ChatTranscript {

    private ChatTranscript() {}

    static String opening(JsonNode chat) {
        String visitorName = text(chat.path("visitor").get("name"));
        for (JsonNode event : chat.path("history")) {
            if (!"chat.msg".equals(text(event.get("type")))) {
                continue;
            }
            String nick = text(event.get("nick"));
            boolean fromVisitor = nick.startsWith("visitor")
                    || (nick.isEmpty() && !visitorName.isEmpty() && visitorName.equals(text(event.get("name"))));
            String message = text(event.get("msg"));
            if (fromVisitor && !message.isBlank()) {
                return message;
            }
        }
        String offline = text(chat.get("message"));
        return offline.isBlank() ? text(chat.get("comment")) : offline;
    }
}
