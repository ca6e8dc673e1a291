package io.verbatim.ingest.json.telegram;

import static io.verbatim.ingest.json.JsonDocument.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.json.ImportNames;
import io.verbatim.ingest.json.JsonDocument;
import io.verbatim.ingest.json.RecordLoad;
import io.verbatim.ingest.report.ProblemRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a Telegram Desktop chat export ({@code result.json}: {@code {"name", "type": "public_channel", "id",
 * "messages": [...]}}) into a mentions dataset, layout {@value #LAYOUT}: one row per message, service messages (joins,
 * pinned messages, title changes) skipped and counted as excluded.
 */
public final class TelegramJsonImporter implements DatasetImporter {

    public static final String LAYOUT = "telegram-json";
    private static final int SNIFF_BYTES = 8192;
    private static final int PROGRESS_EVERY = 1024;
    private static final Set<String> CHAT_TYPES = Set.of(
            "public_channel",
            "private_channel",
            "public_supergroup",
            "private_supergroup",
            "private_group",
            "personal_chat",
            "bot_chat",
            "saved_messages");

    @Override
    public DatasetKind kind() {
        return DatasetKind.MENTIONS;
    }

    /** 95 for a JSON object with a {@code messages} array and a Telegram chat {@code type} near its start. */
    @Override
    public int recognise(Path file) {
        Map<String, JsonNode> keys = JsonDocument.sniff(file, SNIFF_BYTES);
        boolean chat = CHAT_TYPES.contains(text(keys.get("type")));
        return chat && keys.containsKey("messages") ? 95 : 0;
    }

    @Override
    public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
        TelegramChat chat = TelegramChat.read(file);
        List<List<String>> rows = new ArrayList<>();
        long skipped = emit(chat, maxRows, JobContext.none(), cells -> rows.add(List.of(cells)));
        return new ImportPreview(file.getFileName().toString(), LAYOUT, "UTF-8", (char) 0, columns(), rows, skipped);
    }

    @Override
    public ImportResult importFile(Path file, ImportOptions options, DatasetRepository repository, JobContext context) {
        TelegramChat chat = TelegramChat.read(file);
        String fileName = file.getFileName().toString();
        String name = ImportNames.datasetName(options, file);
        if ((options.datasetName() == null || options.datasetName().isBlank())
                && name.equals("result")
                && !chat.name().isBlank()) {
            name = chat.name().strip();
        }
        DatasetDraft draft = new DatasetDraft(name, DatasetKind.MENTIONS, columns(), LAYOUT, fileName);
        return RecordLoad.load(
                repository, draft, context, "messages", sink -> emit(chat, Long.MAX_VALUE, context, sink));
    }

    static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        add(columns, MentionField.ID.key(), "Message id", MentionField.ID.type());
        add(
                columns,
                MentionField.PUBLISHED_AT.key(),
                "Published at (UTC, from date_unixtime)",
                MentionField.PUBLISHED_AT.type());
        add(columns, MentionField.SOURCE.key(), "Channel", MentionField.SOURCE.type());
        add(columns, MentionField.PLATFORM.key(), "Platform", MentionField.PLATFORM.type());
        add(columns, MentionField.AUTHOR.key(), "Author (from)", MentionField.AUTHOR.type());
        add(columns, MentionField.TEXT.key(), "Text", MentionField.TEXT.type());
        add(columns, MentionField.URL.key(), "Link (t.me)", MentionField.URL.type());
        add(columns, MentionField.ENGAGEMENT.key(), "Reactions", MentionField.ENGAGEMENT.type());
        add(columns, MentionField.REACH.key(), "Views", MentionField.REACH.type());
        add(columns, "date", "Date (local time of the exporting computer)", ValueType.DATETIME);
        add(columns, "from_id", "Author id", ValueType.TEXT);
        add(columns, "forwarded_from", "Forwarded from", ValueType.TEXT);
        add(columns, "reply_to_message_id", "Reply to message id", ValueType.TEXT);
        add(columns, "edited", "Edited at (local time)", ValueType.DATETIME);
        add(columns, "media_type", "Media type", ValueType.TEXT);
        return List.copyOf(columns);
    }

    private static void add(List<Column> columns, String key, String label, ValueType type) {
        columns.add(new Column(columns.size(), key, label, type, null));
    }

    /** Streams message rows (at most {@code limit}) to {@code sink}; returns the service messages passed over. */
    private static long emit(TelegramChat chat, long limit, JobContext context, Consumer<String[]> sink) {
        long[] counts = {0, 0, 0};
        long size = chat.document().size();
        String fileName = chat.document().file().getFileName().toString();
        chat.document().walk(Set.of("messages"), (array, message, at) -> {
            if (++counts[2] % PROGRESS_EVERY == 0) {
                context.checkCancelled();
                context.progress(at.getByteOffset(), size, "Importing %s: %,d messages".formatted(fileName, counts[0]));
            }
            if ("service".equals(text(message.get("type")))) {
                counts[1]++;
                return true;
            }
            if (text(message.get("id")).isEmpty()) {
                throw chat.document().refusal(at, "a message without an \"id\"");
            }
            sink.accept(chat.row(message));
            return ++counts[0] < limit;
        });
        return counts[1];
    }

    /** Refusal for a file that is JSON but not a chat export. */
    static ImportException notAChat(Path file) {
        return new ImportException(
                ProblemRule.UNKNOWN_KIND, file, 0, 0, "not a Telegram chat export: no \"messages\" array");
    }
}
