package io.verbatim.ingest.mention;

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
 * Mention exports of social and media monitoring tools that are plain tables (CSV or XLSX): YouScan ({@code youscan}),
 * Brand24 ({@code brand24}), Brandwatch ({@code brandwatch}), Talkwalker ({@code talkwalker}), PressIndex and
 * Medialogia style Russian exports ({@code medialogia}), the Customer Support on Twitter table ({@code twitter}) and,
 * when asked for mentions explicitly or when enough mention columns are present, any other table ({@code generic}).
 * The tool's own sentiment is stored as {@code tool_sentiment}, beside whatever Verbatim computes later.
 */
public final class MentionImporter implements DatasetImporter {

    private final TableImporter tables = new TableImporter(MentionTables.kind());

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
