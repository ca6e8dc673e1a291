package io.verbatim.ingest.json.zendesk;

import static io.verbatim.ingest.json.JsonDocument.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
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
 * Reads Zendesk Chat API JSON into a tickets dataset, layout {@value #LAYOUT}: the chats of {@code GET
 * /api/v2/chats?ids=…} ({@code {"docs": [...]}} or {@code {"docs": {"<id>": {...}}}}) and of the list and incremental
 * chat exports ({@code {"chats": [...]}}). One row per chat, in the column shape of a Zendesk ticket ({@link
 * ChatColumns}), so a help desk's chats and tickets are measured alike. Chats without an id are refused, since the id
 * is what joins a chat to its ticket.
 */
public final class ZendeskChatJsonImporter implements DatasetImporter {

    public static final String LAYOUT = "zendesk-chat-json";
    private static final int SNIFF_BYTES = 8192;
    private static final int PROGRESS_EVERY = 1024;
    private static final Set<String> CHAT_ARRAYS = Set.of("docs", "chats");

    @Override
    public DatasetKind kind() {
        return DatasetKind.TICKETS;
    }

    /**
     * 95 for a JSON object with a {@code docs} or {@code chats} value whose start shows a chat's {@code visitor} and
     * its {@code session} or {@code response_time}; 0 otherwise (a Telegram export also has {@code chats}, without
     * visitors).
     */
    @Override
    public int recognise(Path file) {
        Map<String, JsonNode> keys = JsonDocument.sniff(file, SNIFF_BYTES);
        if (keys.keySet().stream().noneMatch(CHAT_ARRAYS::contains)) {
            return 0;
        }
        String head = JsonDocument.head(file, SNIFF_BYTES);
        boolean chat =
                head.contains("\"visitor\"") && (head.contains("\"session\"") || head.contains("\"response_time\""));
        return chat ? 95 : 0;
    }

    @Override
    public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
        List<ChatColumns.Field> fields = ChatColumns.all();
        List<List<String>> rows = new ArrayList<>();
        emit(JsonDocument.of(file), fields, maxRows, JobContext.none(), cells -> rows.add(List.of(cells)));
        return new ImportPreview(
                file.getFileName().toString(), LAYOUT, "UTF-8", (char) 0, RecordField.columns(fields), rows, 0);
    }

    @Override
    public ImportResult importFile(Path file, ImportOptions options, DatasetRepository repository, JobContext context) {
        List<ChatColumns.Field> fields = ChatColumns.all();
        String fileName = file.getFileName().toString();
        DatasetDraft draft = new DatasetDraft(
                ImportNames.datasetName(options, file),
                DatasetKind.TICKETS,
                RecordField.columns(fields),
                LAYOUT,
                fileName);
        return RecordLoad.load(repository, draft, context, "chats", sink -> {
            emit(JsonDocument.of(file), fields, Long.MAX_VALUE, context, sink);
            return 0;
        });
    }

    /** Streams one row per chat (at most {@code limit}) to {@code sink}. */
    private static void emit(
            JsonDocument document,
            List<ChatColumns.Field> fields,
            long limit,
            JobContext context,
            Consumer<String[]> sink) {
        long[] written = {0};
        long size = document.size();
        String name = document.file().getFileName().toString();
        JsonDocument.Outline outline = document.walk(CHAT_ARRAYS, (array, element, at) -> {
            for (JsonNode chat : chatsIn(element)) {
                if (written[0] >= limit) {
                    return false;
                }
                if (text(chat.get("id")).isEmpty()) {
                    throw document.refusal(at, "a chat without an \"id\" in \"" + array + "\"");
                }
                sink.accept(RecordField.row(fields, chat));
                if (++written[0] % PROGRESS_EVERY == 0) {
                    context.checkCancelled();
                    context.progress(at.getByteOffset(), size, "Importing %s: %,d chats".formatted(name, written[0]));
                }
            }
            return written[0] < limit;
        });
        if (written[0] == 0 && CHAT_ARRAYS.stream().noneMatch(outline.keys()::contains)) {
            throw new ImportException(
                    ProblemRule.UNKNOWN_KIND,
                    document.file(),
                    0,
                    0,
                    "not a Zendesk Chat export: no \"docs\" or \"chats\" with the chats");
        }
    }

    /** The chats of one element: itself, or the values of a {@code docs} object keyed by chat id. */
    private static Iterable<JsonNode> chatsIn(JsonNode element) {
        if (element.has("id") || element.has("visitor")) {
            return List.of(element);
        }
        List<JsonNode> chats = new ArrayList<>();
        element.forEach(value -> {
            if (value.isObject()) {
                chats.add(value);
            }
        });
        return chats;
    }
}
