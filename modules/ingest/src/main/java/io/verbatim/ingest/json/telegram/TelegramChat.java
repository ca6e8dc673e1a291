package io.verbatim.ingest.json.telegram;

import static io.verbatim.ingest.json.JsonDocument.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.ingest.json.JsonDocument;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * A Telegram export's chat-level facts (read in a first streaming pass that skips the messages, since nothing
 * guarantees they come after {@code name}) and how one message becomes a mention row.
 *
 * @param document the export
 * @param name the chat's title, stored as the mention source
 * @param username the public username when the export carries one ({@code username}); links are built from it
 */
record TelegramChat(JsonDocument document, String name, String username) {

    static TelegramChat read(Path file) {
        JsonDocument document = JsonDocument.of(file);
        JsonDocument.Outline outline = document.walk(Set.of(), (array, e, at) -> true);
        if (!outline.keys().contains("messages")) {
            throw TelegramJsonImporter.notAChat(file);
        }
        return new TelegramChat(
                document,
                text(outline.scalars().get("name")),
                text(outline.scalars().get("username")));
    }

    /** One row in the column order of {@link TelegramJsonImporter#columns()}. */
    String[] row(JsonNode m) {
        String id = text(m.get("id"));
        return new String[] {
            id,
            published(m),
            name,
            "telegram",
            text(m.get("from")),
            TelegramText.of(m),
            username.isBlank() ? "" : "https://t.me/" + username.strip().replaceFirst("^@", "") + "/" + id,
            reactions(m.get("reactions")),
            text(m.get("views")),
            text(m.get("date")),
            text(m.get("from_id")),
            text(m.get("forwarded_from")),
            text(m.get("reply_to_message_id")),
            text(m.get("edited")),
            text(m.get("media_type"))
        };
    }

    /** UTC from {@code date_unixtime} when present (exact); otherwise the local {@code date} as exported. */
    private static String published(JsonNode m) {
        String unix = text(m.get("date_unixtime"));
        if (!unix.isEmpty()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(unix.strip())).toString();
            } catch (NumberFormatException e) {
                return text(m.get("date"));
            }
        }
        return text(m.get("date"));
    }

    /** The sum of the reactions' counts; blank when the message has no {@code reactions}. */
    private static String reactions(JsonNode reactions) {
        if (reactions == null || !reactions.isArray()) {
            return "";
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode r : reactions) {
            JsonNode count = r.get("count");
            if (count != null && count.isNumber()) {
                sum = sum.add(count.decimalValue());
            }
        }
        return sum.toPlainString();
    }
}
