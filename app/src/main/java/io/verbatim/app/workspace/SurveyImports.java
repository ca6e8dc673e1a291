package io.verbatim.app.workspace;

import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.survey.SurveyImporter;
import java.nio.file.Path;

/**
 * The survey importer as the desktop uses it. An interface so view-models can be tested without files; production
 * delegates to the ingest module's {@link SurveyImporter}.
 */
public interface SurveyImports {

    ImportPreview preview(Path file, ImportOptions options, int maxRows);

    ImportResult importFile(Path file, ImportOptions options, DatasetRepository repository, JobContext context);

    static SurveyImports of(SurveyImporter importer) {
        return new SurveyImports() {
            @Override
            public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
                return importer.preview(file, options, maxRows);
            }

            @Override
            public ImportResult importFile(
                    Path file, ImportOptions options, DatasetRepository repository, JobContext context) {
                return importer.importFile(file, options, repository, context);
            }
        };
    }
}
