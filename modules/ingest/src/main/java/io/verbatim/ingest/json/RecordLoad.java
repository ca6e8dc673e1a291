package io.verbatim.ingest.json;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.ImportResult;
import java.util.function.Consumer;

/**
 * The load step the JSON importers share: rows streamed into a new dataset, all or nothing, then "Imported FILE: N
 * things" as the last progress report.
 */
public final class RecordLoad {

    /** Streams a file's rows to the sink and says how many it passed over (older versions, service messages). */
    @FunctionalInterface
    public interface Rows {
        long stream(Consumer<String[]> sink);
    }

    private RecordLoad() {}

    /**
     * @param noun what a row is, plural, for the progress line ("tickets", "chats", "messages")
     */
    public static ImportResult load(
            DatasetRepository repository, DatasetDraft draft, JobContext context, String noun, Rows rows) {
        try (DatasetImport target = repository.beginImport(draft)) {
            long passedOver = rows.stream(target::append);
            context.checkCancelled();
            Dataset dataset = target.commit();
            context.progress(1, 1, "Imported %s: %,d %s".formatted(draft.source(), target.rows(), noun));
            return new ImportResult(dataset, target.rows(), passedOver);
        }
    }
}
