package io.verbatim.ingest;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import java.nio.file.Path;

/**
 * Reads one kind of export (surveys, tickets, mentions, documents) and loads it all-or-nothing into a workspace. Every
 * importer has the same recipe: {@link #recognise} cheaply, {@link #preview} without writing, {@link #importFile}.
 */
public interface DatasetImporter {

    /** The kind of dataset this importer creates. */
    DatasetKind kind();

    /**
     * How sure this importer is that {@code file} is its kind, from the file's name and first bytes or rows only: 0
     * for "not mine", 100 for a layout it knows by name (a Zendesk export, a Telegram result.json). Never throws for a
     * file it cannot read; it answers 0 and lets the chosen importer report the problem.
     */
    int recognise(Path file);

    /**
     * Sniffs the file and reads its first rows, writing nothing.
     *
     * @throws ImportException when the file cannot be read as this kind of export
     */
    ImportPreview preview(Path file, ImportOptions options, int maxRows);

    /**
     * Imports the whole file. On any error or cancel nothing is left in the workspace.
     *
     * @throws ImportException with file, line, column and reason when the file is bad
     * @throws io.verbatim.domain.job.JobCancelledException when the user cancelled
     */
    ImportResult importFile(Path file, ImportOptions options, DatasetRepository repository, JobContext context);
}
