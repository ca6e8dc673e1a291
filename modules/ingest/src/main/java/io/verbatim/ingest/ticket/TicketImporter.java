package io.verbatim.ingest.ticket;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.mapping.TableImporter;
import java.nio.file.Path;

/**
 * Ticket exports that are plain tables (CSV or XLSX): Zendesk views and Explore ({@code zendesk-csv}), Freshdesk
 * ({@code freshdesk}), Jira Service Management ({@code jira-sm}), Intercom conversations ({@code intercom}), the
 * public customer-support-tickets table ({@code generic-tickets}), Russian help-desk exports ({@code tickets-ru}) and,
 * when asked for tickets explicitly or when enough ticket columns are present, any other table ({@code generic}).
 */
public final class TicketImporter implements DatasetImporter {

    private final TableImporter tables = new TableImporter(TicketTables.kind());

    @Override
    public DatasetKind kind() {
        return tables.kind();
    }

    @Override
    public int recognise(Path file) {
        return tables.recognise(file);
    }

    @Override
    public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
        return tables.preview(file, options, maxRows);
    }

    @Override
    public ImportResult importFile(Path file, ImportOptions options, DatasetRepository repository, JobContext context) {
        return tables.importFile(file, options, repository, context);
    }
}
