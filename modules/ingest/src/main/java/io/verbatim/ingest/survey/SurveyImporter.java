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
import io.verbatim.ingest.preset.DateRules;
import io.verbatim.ingest.source.ReadProgress;
import io.verbatim.ingest.survey.profile.CellNormaliser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads a survey export (CSV or XLSX, any supported layout) and loads it all-or-nothing into a workspace.
 *
 * <p>An import reads the file once: each response is profiled and stored in the same pass, under provisional text
 * columns, with date columns written in ISO-8601 as soon as their shape is clear ({@link DateSpeculation}). When the
 * last row is in, the profiles decide column types and rating questions from all the data and the commit applies them,
 * so no row is stored under a type a later row would contradict, memory stays flat, and the file is parsed once
 * instead of twice. Should a column taken for dates hold a non-date further down, the import is discarded and done
 * again the careful way: a profiling pass, then a loading pass.
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
        SurveyFile survey = SurveyFile.open(file).without(options.mapping().skip());
        DateRules rules = DateRules.of(options.mapping());
        List<String[]> firstRows = new ArrayList<>();
        ProfilePass pass = ProfilePass.run(
                survey,
                options.includeExcluded(),
                rules.patterns(),
                Math.max(maxRows, PREVIEW_PROFILE_ROWS),
                JobContext.none(),
                cells -> {
                    if (firstRows.size() < maxRows) {
                        firstRows.add(cells.clone());
                    }
                });
        List<Column> columns = planner.plan(survey.columns(), pass.profiles(), options.questionOverrides());
        CellNormaliser normaliser = normaliser(columns, pass, rules);
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
        SurveyFile survey = SurveyFile.open(file).without(options.mapping().skip());
        String name = datasetName(options, file.getFileName().toString());
        DateRules rules = DateRules.of(options.mapping());
        ProfilePass pass = new ProfilePass(survey.columns().size(), options.includeExcluded(), rules.patterns());
        DateSpeculation dates = new DateSpeculation(pass.profiles(), rules);
        try (DatasetImport target =
                repository.beginImport(draft(survey, name, planner.provisional(survey.columns())))) {
            survey.readResponses((line, cells, excluded) -> {
                if (pass.accept(cells, excluded)) {
                    dates.normalise(cells);
                    target.append(cells);
                }
                progress(context, survey, pass.responses(), "Importing");
                return true;
            });
            context.checkCancelled();
            if (!dates.failed()) {
                List<Column> columns = planner.plan(survey.columns(), pass.profiles(), options.questionOverrides());
                Map<Integer, UnaryOperator<String>> rewrites = DateWriting.of(columns, pass.profiles(), rules);
                Dataset dataset = target.commit(new ImportRevision(columns, dates.remainingRewrites(rewrites)));
                ReadProgress.report(context, survey.source(), pass.responses(), "Imported");
                return result(options, pass, dataset, target.rows());
            }
        }
        // A column bet on as dates held a non-date further down: import again, deciding every column first.
        return importDecidingFirst(survey, name, options, rules, repository, context);
    }

    /** The careful path: a profiling pass over the whole file, then a loading pass with the types known. */
    private ImportResult importDecidingFirst(
            SurveyFile survey,
            String name,
            ImportOptions options,
            DateRules rules,
            DatasetRepository repository,
            JobContext context) {
        ProfilePass pass = ProfilePass.run(
                survey,
                options.includeExcluded(),
                rules.patterns(),
                Long.MAX_VALUE,
                context,
                ProfilePass.RowListener.NONE);
        List<Column> columns = planner.plan(survey.columns(), pass.profiles(), options.questionOverrides());
        CellNormaliser normaliser = normaliser(columns, pass, rules);
        long[] read = {0};
        try (DatasetImport target = repository.beginImport(draft(survey, name, columns))) {
            survey.readResponses((line, cells, excluded) -> {
                if (!excluded || options.includeExcluded()) {
                    normaliser.normalise(cells);
                    target.append(cells);
                }
                progress(context, survey, ++read[0], "Importing");
                return true;
            });
            context.checkCancelled();
            Dataset dataset = target.commit();
            ReadProgress.report(context, survey.source(), read[0], "Imported");
            return result(options, pass, dataset, target.rows());
        }
    }

    private static CellNormaliser normaliser(List<Column> columns, ProfilePass pass, DateRules rules) {
        return new CellNormaliser(DateWriting.of(columns, pass.profiles(), rules), columns.size());
    }

    private static DatasetDraft draft(SurveyFile survey, String name, List<Column> columns) {
        String fileName = survey.source().file().getFileName().toString();
        return new DatasetDraft(
                name, DatasetKind.SURVEY, columns, survey.layout().name(), fileName);
    }

    private static void progress(JobContext context, SurveyFile survey, long responses, String phase) {
        if (responses % PROGRESS_EVERY == 0) {
            ReadProgress.report(context, survey.source(), responses, phase);
            context.checkCancelled();
        }
    }

    private static ImportResult result(ImportOptions options, ProfilePass pass, Dataset dataset, long rows) {
        return new ImportResult(dataset, rows, options.includeExcluded() ? 0 : pass.excluded());
    }

    private static String datasetName(ImportOptions options, String fileName) {
        if (options.datasetName() != null && !options.datasetName().isBlank()) {
            return options.datasetName().strip();
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
