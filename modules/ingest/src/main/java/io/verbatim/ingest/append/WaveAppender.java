package io.verbatim.ingest.append;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportResult;
import java.nio.file.Path;

/**
 * Appends a new wave of an export (next month's survey responses, the next ticket export) to an existing dataset,
 * skipping the rows it already has by their source id (docs/decisions/0019-append-waves.md). The file is read by the
 * same importer as a new dataset would be; all-or-nothing as any import: a bad file leaves the dataset as it was.
 */
public final class WaveAppender {

    private final DatasetRepository repository;

    public WaveAppender(DatasetRepository repository) {
        this.repository = repository;
    }

    /**
     * @param options the import's options; {@link ImportOptions#datasetName()} names the dataset to append to
     * @param idColumn the column that identifies a row, or null to detect it (and compare whole rows if there is none)
     * @throws ImportException when there is no such dataset, the file is bad, its kind differs from the dataset's, or a
     *     column's type conflicts with the dataset's
     */
    public AppendResult append(
            DatasetImporter importer, Path file, ImportOptions options, String idColumn, JobContext context) {
        String name = options.datasetName() == null ? "" : options.datasetName().strip();
        Dataset target = repository
                .dataset(name)
                .orElseThrow(() -> new ImportException(
                        file, 0, 0, "there is no dataset '" + name + "' to append to; drop --append to create it"));
        AppendingRepository appending = new AppendingRepository(repository, target, idColumn, file);
        ImportResult result = importer.importFile(file, options, appending, context);
        return new AppendResult(result, appending.skipped(), appending.idColumn());
    }
}
