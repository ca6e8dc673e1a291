package io.verbatim.ingest.json.zendesk;

import static io.verbatim.ingest.json.JsonDocument.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.json.ImportNames;
import io.verbatim.ingest.json.JsonDocument;
import io.verbatim.ingest.json.RecordLoad;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads Zendesk API JSON: the incremental ticket export ({@code {"tickets": [...], "next_page"/"after_cursor": ...}},
 * with or without sideloaded {@code metric_sets}) and ticket metrics ({@code {"ticket_metrics": [...]}}) into a
 * tickets dataset, layout {@value #LAYOUT}.
 *
 * <p>A tickets file is joined by ticket id with the metric sets it carries itself (a ticket's {@code metric_set},
 * the top-level {@code metric_sets}) and with those of any {@code *ticket_metrics*.json} file in the same folder, so
 * the dataset keeps first-reply and solved times; the file's own metrics win over a neighbour's. A metrics file
 * imported alone gives one row per metric set. The incremental export repeats a ticket each time it changes: only
 * its latest version is stored, the older ones are counted as excluded. Ticket events are refused with a reason.
 */
public final class ZendeskJsonImporter implements DatasetImporter {

    public static final String LAYOUT = "zendesk-json";
    private static final int SNIFF_BYTES = 8192;
    private static final String API_MARKER = ".zendesk.com/api/v2/";
    private static final int PROGRESS_EVERY = 1024;
    private static final Set<String> KEYS = Set.of("tickets", "ticket_metrics", "metric_sets", "ticket_events");

    @Override
    public DatasetKind kind() {
        return DatasetKind.TICKETS;
    }

    /**
     * 95 for a JSON object whose first top-level keys include a Zendesk tickets, metrics or events array; 90 for any
     * other JSON object whose start links to the Zendesk API (users, organizations, NPS responses...), so that it is
     * refused with a reason rather than read as a one-column table; 0 otherwise.
     */
    @Override
    public int recognise(Path file) {
        Map<String, JsonNode> keys = JsonDocument.sniff(file, SNIFF_BYTES);
        if (keys.keySet().stream().anyMatch(KEYS::contains)) {
            return 95;
        }
        return !keys.isEmpty() && JsonDocument.head(file, SNIFF_BYTES).contains(API_MARKER) ? 90 : 0;
    }

    @Override
    public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
        ZendeskScan scan = ZendeskScan.of(file, JobContext.none());
        List<ZendeskColumns.Field> fields = fieldsOf(scan);
        List<List<String>> rows = new ArrayList<>();
        long skipped = emit(scan, fields, maxRows, JobContext.none(), cells -> rows.add(List.of(cells)));
        return new ImportPreview(
                file.getFileName().toString(), LAYOUT, "UTF-8", (char) 0, RecordField.columns(fields), rows, skipped);
    }

    @Override
    public ImportResult importFile(Path file, ImportOptions options, DatasetRepository repository, JobContext context) {
        ZendeskScan scan = ZendeskScan.of(file, context);
        List<ZendeskColumns.Field> fields = fieldsOf(scan);
        String fileName = file.getFileName().toString();
        DatasetDraft draft = new DatasetDraft(
                ImportNames.datasetName(options, file),
                DatasetKind.TICKETS,
                RecordField.columns(fields),
                LAYOUT,
                fileName);
        return RecordLoad.load(repository, draft, context, "tickets", sink -> {
            emit(scan, fields, Long.MAX_VALUE, context, sink);
            return scan.ticketFile() ? scan.superseded() : 0;
        });
    }

    private static List<ZendeskColumns.Field> fieldsOf(ZendeskScan scan) {
        return scan.ticketFile() ? ZendeskColumns.tickets() : ZendeskColumns.metrics();
    }

    /**
     * Streams the rows (at most {@code limit}) to {@code sink}: the latest version of each ticket, or each metric set.
     *
     * @return older versions of tickets passed over
     */
    private static long emit(
            ZendeskScan scan,
            List<ZendeskColumns.Field> fields,
            long limit,
            JobContext context,
            Consumer<String[]> sink) {
        long[] written = {0, 0};
        if (!scan.ticketFile()) {
            for (TicketMetrics m : scan.metrics()) {
                if (written[0]++ >= limit) {
                    return 0;
                }
                sink.accept(RecordField.row(fields, new ZendeskColumns.Source(MissingNode.getInstance(), m)));
                if (written[0] % PROGRESS_EVERY == 0) {
                    context.checkCancelled();
                    context.progress(written[0], scan.metricCount(), "Importing ticket metrics");
                }
            }
            return 0;
        }
        int[] index = {0};
        long size = scan.document().size();
        String name = scan.document().file().getFileName().toString();
        scan.document().walk(ZendeskScan.TICKET_KEYS, (array, ticket, at) -> {
            String id = text(ticket.get("id"));
            if (scan.isLatest(id, index[0]++)) {
                if (written[0] >= limit) {
                    return false;
                }
                JsonNode own = ticket.get("metric_set");
                TicketMetrics metrics = own != null && own.isObject() ? TicketMetrics.of(own) : scan.metricsOf(id);
                sink.accept(RecordField.row(fields, new ZendeskColumns.Source(ticket, metrics)));
                written[0]++;
            } else {
                written[1]++;
            }
            if (index[0] % PROGRESS_EVERY == 0) {
                context.checkCancelled();
                context.progress(at.getByteOffset(), size, "Importing %s: %,d tickets".formatted(name, written[0]));
            }
            return written[0] < limit;
        });
        return written[1];
    }
}
