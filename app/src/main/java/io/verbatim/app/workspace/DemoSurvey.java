package io.verbatim.app.workspace;

import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Seeds an empty demo workspace with the bundled survey, so a first start shows a full dashboard. The importer reads
 * files, not class-path streams, hence the copy to a temporary file.
 */
public final class DemoSurvey implements WorkspaceSession.Seed {

    static final String RESOURCE = "/io/verbatim/app/demo/demo-survey.csv";
    static final String DATASET_NAME = "demo-survey";

    private final DatasetImporter importer;

    /** @param importer the survey importer */
    public DemoSurvey(DatasetImporter importer) {
        this.importer = importer;
    }

    @Override
    public void seed(DatasetRepository repository, JobContext context) throws IOException {
        if (!repository.datasets().isEmpty()) {
            return;
        }
        // A directory of our own keeps the file's real name, which import messages (file:line:column) show.
        Path directory = Files.createTempDirectory("verbatim-demo-");
        Path copy = directory.resolve("demo-survey.csv");
        try (InputStream in = DemoSurvey.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("The demo survey is missing from this build (" + RESOURCE + ")");
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            context.progress(0, -1, DATASET_NAME);
            importer.importFile(copy, ImportOptions.defaults().withDatasetName(DATASET_NAME), repository, context);
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(directory);
        }
    }
}
