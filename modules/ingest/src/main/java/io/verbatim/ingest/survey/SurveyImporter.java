package io.verbatim.ingest.survey;

import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import java.nio.file.Path;

/** Reads a survey export (CSV or XLSX, any supported layout) and loads it all-or-nothing into a workspace. */
public final class SurveyImporter {

    /**
     * Sniffs the file and reads its first rows, writing nothing.
     *
     * @throws io.verbatim.ingest.ImportException when the file cannot be read as a survey export
     */
    public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Imports the whole file. On any error nothing is left in the workspace.
     *
     * @throws io.verbatim.ingest.ImportException with file, line, column and reason when the file is bad
     * @throws io.verbatim.domain.job.JobCancelledException when the user cancelled
     */
    public ImportResult importFile(Path file, ImportOptions options, DatasetRepository repository, JobContext context) {
        throw new UnsupportedOperationException("not yet");
    }
}
