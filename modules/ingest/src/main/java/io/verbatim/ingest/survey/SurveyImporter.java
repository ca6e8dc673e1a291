package io.verbatim.ingest.survey;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.port.ImportRevision;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.survey.profile.CellNormaliser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a survey export (CSV or XLSX, any supported layout) and loads it all-or-nothing into a workspace.
 *
 * <p>An import reads the file once: each response is profiled and stored in the same pass, under provisional text
 * columns. When the last row is in, the profiles decide column types and rating questions from all the data, and the
 * commit applies them together with the one rewrite they can call for (dates into ISO-8601, done per distinct value by
 * the store), so no row is stored under a type a later row would contradict, memory stays flat, and the file is parsed
 * once instead of twice.
 */
public final class SurveyImporter implements DatasetImporter {

    /** How often (in rows) long passes report progress and look for a cancel. */
    static final int PROGRESS_EVERY = 4096;

    /** Rows a preview profiles to propose types and questions; enough to be representative, quick on any file. */
    static final int PREVIEW_PROFILE_ROWS = 10_000;

    private final ColumnPlanner planner = new ColumnPlanner();

    @Override
    public DatasetKind kind() {
        return DatasetKind.SURVEY;
    }

    /**
     * Any table can hold survey answers, so a readable CSV or XLSX gets a low score (other importers that know their
     * layout by name outbid it); a recognised survey layout (Qualtrics, SurveyMonkey, Google Forms) gets a high one.
     */
    @Override
    public int recognise(Path file) {
        try {
            return SurveyFile.open(file).layout().name().equals("generic") ? 10 : 90;
        } catch (io.verbatim.ingest.ImportException e) {
            return 0;
        }
    }

    /**
     * Sniffs the file and reads its first rows, writing nothing. Types and questions are proposed from the first
     * {@value #PREVIEW_PROFILE_ROWS} responses; the import decides them on the whole file.
     *
     * @throws io.verbatim.ingest.ImportException when the file cannot be read as a survey export
     */
    @Override
    public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
        SurveyFile survey = SurveyFile.open(file);
        List<String[]> firstRows = new ArrayList<>();
        ProfilePass pass = ProfilePass.run(
                survey,
                options.includeExcluded(),
                Math.max(maxRows, PREVIEW_PROFILE_ROWS),
                JobContext.none(),
                cells -> {
                    if (firstRows.size() < maxRows) {
                        firstRows.add(cells.clone());
                    }
                });
        List<Column> columns = planner.plan(survey.columns(), pass.profiles(), options.questionOverrides());
        CellNormaliser normaliser = pass.normaliser();
        List<List<String>> rows = new ArrayList<>();
        for (String[] cells : firstRows) {
            normaliser.normalise(cells);
            rows.add(List.of(cells));
        }
        return new ImportPreview(
                file.getFileName().toString(),
                survey.layout().name(),
                survey.source().encoding(),
                survey.source().delimiter(),
                columns,
                rows,
                pass.excluded());
    }

    /**
     * Imports the whole file. On any error nothing is left in the workspace.
     *
     * @throws io.verbatim.ingest.ImportException with file, line, column and reason when the file is bad
     * @throws io.verbatim.domain.job.JobCancelledException when the user cancelled
     */
    @Override
    public ImportResult importFile(Path file, ImportOptions options, DatasetRepository repository, JobContext context) {
        SurveyFile survey = SurveyFile.open(file);
        String fileName = file.getFileName().toString();
        DatasetDraft draft = new DatasetDraft(
                datasetName(options, fileName),
                DatasetKind.SURVEY,
                planner.provisional(survey.columns()),
                survey.layout().name(),
                fileName);
        ProfilePass pass = new ProfilePass(survey.columns().size(), options.includeExcluded());
        try (DatasetImport target = repository.beginImport(draft)) {
            survey.readResponses((line, cells, excluded) -> {
                if (pass.accept(cells, excluded)) {
                    target.append(cells);
                }
                if (pass.responses() % PROGRESS_EVERY == 0) {
                    Progress.report(context, survey, pass.responses(), "Importing");
                    context.checkCancelled();
                }
                return true;
            });
            context.checkCancelled();
            List<Column> columns = planner.plan(survey.columns(), pass.profiles(), options.questionOverrides());
            Dataset dataset = target.commit(new ImportRevision(columns, pass.dateRewrites()));
            Progress.report(context, survey, pass.responses(), "Imported");
            long excluded = options.includeExcluded() ? 0 : pass.excluded();
            return new ImportResult(dataset, target.rows(), excluded);
        }
    }

    private static String datasetName(ImportOptions options, String fileName) {
        if (options.datasetName() != null && !options.datasetName().isBlank()) {
            return options.datasetName().strip();
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
