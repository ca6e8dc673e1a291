package io.verbatim.ingest.json.zendesk;

import static io.verbatim.ingest.json.JsonDocument.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.domain.job.JobContext;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.json.JsonDocument;
import io.verbatim.ingest.json.known.KnownJson;
import io.verbatim.ingest.report.ProblemRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The first, streaming pass over a Zendesk JSON export: what it holds (tickets or metrics only), where the latest
 * version of each ticket is (the incremental export repeats a ticket each time it changes), and the metric sets to
 * join, from the file itself and from {@code *ticket_metrics*.json} files beside it.
 */
final class ZendeskScan {

    static final String TICKETS = "tickets";
    /** The top-level keys that hold tickets: the export's array, or one ticket as {@code GET /tickets/{id}} gives it. */
    static final Set<String> TICKET_KEYS = Set.of(TICKETS, "ticket");

    static final Set<String> METRIC_ARRAYS = Set.of("ticket_metrics", "metric_sets");
    private static final int PROGRESS_EVERY = 1024;

    private final JsonDocument document;
    private final boolean ticketFile;
    private final Map<String, Integer> latest;
    private final Map<String, TicketMetrics> metrics;
    private final int ticketsWithId;

    private ZendeskScan(
            JsonDocument document,
            boolean ticketFile,
            Map<String, Integer> latest,
            Map<String, TicketMetrics> metrics,
            int ticketsWithId) {
        this.document = document;
        this.ticketFile = ticketFile;
        this.latest = latest;
        this.metrics = metrics;
        this.ticketsWithId = ticketsWithId;
    }

    /**
     * Scans {@code file}, and for a tickets file the metric files beside it.
     *
     * @throws ImportException when a file is malformed or is not a tickets or ticket-metrics export
     */
    static ZendeskScan of(Path file, JobContext context) {
        JsonDocument document = JsonDocument.of(file);
        Map<String, Integer> latest = new HashMap<>();
        Map<String, TicketMetrics> own = new LinkedHashMap<>();
        int[] index = {0, 0, 0};
        long size = document.size();
        JsonDocument.Outline outline =
                document.walk(Set.of(TICKETS, "ticket", "ticket_metrics", "metric_sets"), (array, e, at) -> {
                    if (TICKET_KEYS.contains(array)) {
                        String id = text(e.get("id"));
                        if (!id.isEmpty()) {
                            latest.put(id, index[0]);
                            index[1]++;
                        }
                        index[0]++;
                    } else {
                        TicketMetrics m = TicketMetrics.of(e);
                        own.put(m.ticketId(), m);
                    }
                    if (++index[2] % PROGRESS_EVERY == 0) {
                        context.checkCancelled();
                        context.progress(at.getByteOffset(), size, "Reading " + file.getFileName());
                    }
                    return true;
                });
        boolean tickets = TICKET_KEYS.stream().anyMatch(outline.keys()::contains);
        if (!tickets && METRIC_ARRAYS.stream().noneMatch(outline.keys()::contains)) {
            throw new ImportException(ProblemRule.UNKNOWN_KIND, file, 0, 0, unsupported(file, outline.keys()));
        }
        Map<String, TicketMetrics> joined = new LinkedHashMap<>();
        if (tickets) {
            for (Path sibling : metricFilesBeside(file)) {
                joined.putAll(metricsIn(sibling));
            }
        }
        joined.putAll(own);
        return new ZendeskScan(document, tickets, latest, joined, index[1]);
    }

    private static String unsupported(Path file, Set<String> keys) {
        if (keys.contains("ticket_events")) {
            return "ticket events are not supported yet; import tickets.json (with ticket_metrics.json beside it)";
        }
        if (keys.contains("responses")) {
            return "Zendesk NPS responses are not supported yet; import tickets.json (with ticket_metrics.json beside it)";
        }
        for (String other : List.of("users", "organizations", "ticket_fields")) {
            if (keys.contains(other)) {
                return "Zendesk " + other.replace('_', ' ') + " are not a dataset Verbatim imports;"
                        + " import tickets.json (with ticket_metrics.json beside it)";
            }
        }
        return KnownJson.whatIs(file)
                .orElse("not a Zendesk tickets export: no \"tickets\", \"ticket_metrics\" or \"metric_sets\" array");
    }

    /** {@code *ticket_metrics*.json} files in the same folder as {@code file}, by name, {@code file} excluded. */
    static List<Path> metricFilesBeside(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.contains("ticket_metrics") && name.endsWith(".json");
                    })
                    .filter(f -> !f.toAbsolutePath()
                            .normalize()
                            .equals(file.toAbsolutePath().normalize()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ImportException(
                    ProblemRule.UNREADABLE,
                    file,
                    0,
                    0,
                    "cannot list the folder for ticket metrics: " + e.getMessage(),
                    e);
        }
    }

    /** Every metric set in a file: its metric arrays, and the {@code metric_set} of each ticket. */
    static Map<String, TicketMetrics> metricsIn(Path file) {
        Map<String, TicketMetrics> found = new LinkedHashMap<>();
        JsonDocument.of(file).walk(Set.of(TICKETS, "ticket", "ticket_metrics", "metric_sets"), (array, e, at) -> {
            JsonNode m = TICKET_KEYS.contains(array) ? e.get("metric_set") : e;
            if (m != null && m.isObject()) {
                TicketMetrics metric = TicketMetrics.of(m);
                String id = metric.ticketId().isEmpty() ? text(e.get("id")) : metric.ticketId();
                found.put(id, metric);
            }
            return true;
        });
        return found;
    }

    JsonDocument document() {
        return document;
    }

    /** True when the file holds tickets; false for a metrics-only file. */
    boolean ticketFile() {
        return ticketFile;
    }

    /** True when the ticket at {@code index} of the tickets array is the latest version of its id. */
    boolean isLatest(String id, int index) {
        Integer last = latest.get(id);
        return last == null || last == index;
    }

    /** The joined metric set of a ticket, or {@link TicketMetrics#NONE}. */
    TicketMetrics metricsOf(String ticketId) {
        return metrics.getOrDefault(ticketId, TicketMetrics.NONE);
    }

    /** All metric sets, one per ticket, in file order (for a metrics-only import). */
    Iterable<TicketMetrics> metrics() {
        return metrics.values();
    }

    int metricCount() {
        return metrics.size();
    }

    /** Elements of the tickets array that an earlier element repeats (older versions of the same ticket). */
    long superseded() {
        return ticketsWithId - (long) latest.size();
    }
}
