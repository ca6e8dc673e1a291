package io.verbatim.app.importer;

import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.job.JobRunner;
import io.verbatim.domain.job.JobRunner.JobCallbacks;
import io.verbatim.domain.job.JobRunner.JobHandle;
import io.verbatim.domain.job.JobRunner.JobProgress;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.Importers;
import io.verbatim.ingest.append.AppendResult;
import io.verbatim.ingest.preset.ColumnMapping;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard: pick a file of any kind (survey, tickets, mentions, documents), review what was detected and, for
 * a survey, correct question roles, name the dataset, import with progress and cancel. The importer is the one that
 * recognises the file best. Reading the preview and importing both run as jobs; errors arrive as the importer's one-line
 * {@code file:line:column: reason}.
 */
public final class ImportWizardViewModel {

    static final int PREVIEW_ROWS = 50;

    private final WorkspaceSession session;
    private final Importers importers;
    private final JobRunner runner;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<ImportStep> step = new ReadOnlyObjectWrapper<>(ImportStep.CHOOSE_FILE);
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DatasetKind> kind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper surveyOptions = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper formatSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> previewHeaders = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<ColumnRoleRow> columns = FXCollections.observableArrayList();
    private final StringProperty datasetName = new SimpleStringProperty("");
    private final BooleanProperty includeExcluded = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper excludedSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();
    private final ImportProblemsViewModel problems;

    // Made once: a fresh unmodifiable wrapper per call would be garbage-collected together with its listeners.
    private final ObservableList<String> previewHeadersView = FXCollections.unmodifiableObservableList(previewHeaders);
    private final ObservableList<List<String>> previewRowsView = FXCollections.unmodifiableObservableList(previewRows);
    private final ObservableList<ColumnRoleRow> columnsView = FXCollections.unmodifiableObservableList(columns);

    private final MappingStepViewModel mapping;
    private final WaveChoice wave;

    private Path file;
    private DatasetImporter importer;
    private JobHandle running;
    private long previewRequest;

    public ImportWizardViewModel(WorkspaceSession session, Importers importers, JobRunner runner, Messages messages) {
        this.session = session;
        this.importers = importers;
        this.runner = runner;
        this.messages = messages;
        this.mapping = new MappingStepViewModel(session, runner, messages, columns);
        this.problems = new ImportProblemsViewModel(runner, messages);
        this.wave = new WaveChoice(datasetName, session.datasets());
        canImport.bind(Bindings.createBooleanBinding(
                () -> step.get() == ImportStep.REVIEW
                        && !datasetName.get().isBlank()
                        && session.repository().isPresent()
                        && !mapping.busyProperty().get(),
                step,
                datasetName,
                session.workspaceProperty(),
                mapping.busyProperty()));
        includeExcluded.addListener(obs -> rereadPreview());
    }

    // Properties

    public ReadOnlyObjectProperty<ImportStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** The kind of dataset the chosen file will become; empty until a file is read. */
    public ReadOnlyObjectProperty<DatasetKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /**
     * Whether the survey-only decisions apply: question roles, scales and keeping excluded responses. True until a file
     * of another kind is read.
     */
    public ReadOnlyBooleanProperty surveyOptionsProperty() {
        return surveyOptions.getReadOnlyProperty();
    }

    /** "Tickets · zendesk-csv · UTF-8 · ;": kind, layout, encoding and delimiter. */
    public ReadOnlyStringProperty formatSummaryProperty() {
        return formatSummary.getReadOnlyProperty();
    }

    public ObservableList<String> previewHeaders() {
        return previewHeadersView;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRowsView;
    }

    public ObservableList<ColumnRoleRow> columns() {
        return columnsView;
    }

    /** The name of the dataset to create; the name field writes it. */
    public StringProperty datasetNameProperty() {
        return datasetName;
    }

    /**
     * Whether rows the layout excludes by default (Qualtrics preview, test and spam responses) are kept; off by
     * default. Changing it reads the preview again, because the excluded count and the rows shown depend on it.
     */
    public BooleanProperty includeExcludedProperty() {
        return includeExcluded;
    }

    /** How many preview rows are left out, or that they are kept; empty before a file is read. */
    public ReadOnlyStringProperty excludedSummaryProperty() {
        return excludedSummary.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last error as one line, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the empty column and row tables say: choose a file, or, after a refusal, look at the problems above. */
    public StringExpression emptyTableText() {
        return Bindings.when(error.isEmpty())
                .then(messages.get("import.nothingYet"))
                .otherwise(messages.get("import.nothingRead"));
    }

    /** What was imported, once done. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** The mapping step: fields, skipped columns, date decisions and presets. */
    public MappingStepViewModel mapping() {
        return mapping;
    }

    /** Whether the file is added to an existing dataset of the same name as a new wave. */
    public WaveChoice wave() {
        return wave;
    }

    /** Every problem of a refused preview or import, for the problems table; empty otherwise. */
    public ImportProblemsViewModel problems() {
        return problems;
    }

    public List<RoleChoice> roleChoices() {
        return List.of(RoleChoice.values());
    }

    public String roleName(RoleChoice role) {
        return role == null ? "" : messages.get("role." + role.name().toLowerCase(java.util.Locale.ROOT));
    }

    // Commands

    /** Reads the file's preview; replaces anything read before. */
    public void choose(Path chosen) {
        file = chosen;
        importer = null;
        fileName.set(String.valueOf(chosen.getFileName()));
        readPreview(chosen, null, false);
    }

    /** Imports the whole file with the user's decisions. */
    public void importData() {
        Optional<DatasetRepository> repository = session.repository();
        if (!canImport.get() || repository.isEmpty()) {
            return;
        }
        Path source = file;
        DatasetImporter chosen = importer;
        boolean survey = chosen.kind() == DatasetKind.SURVEY;
        ImportOptions options = new ImportOptions(
                datasetName.get().strip(),
                survey && includeExcluded.get(),
                survey ? overrides() : Map.of(),
                survey ? mapping.mapping().withRoles(Map.of()) : mapping.mapping());
        error.set("");
        problems.clear();
        progress.set(-1);
        progressText.set(messages.get("import.starting"));
        step.set(ImportStep.IMPORTING);
        if (wave.appending()) {
            running = runner.submit(
                    "append " + source,
                    context -> WaveChoice.run(chosen, source, options, repository.get(), context),
                    new JobCallbacks<>(this::showProgress, this::appended, this::cancelled, this::refused));
            return;
        }
        running = runner.submit(
                "import " + source,
                context -> chosen.importFile(source, options, repository.get(), context),
                new JobCallbacks<>(this::showProgress, this::finish, this::cancelled, this::refused));
    }

    private void refused(Throwable e) {
        error.set(problems.describe(e));
        problems.show(e);
        step.set(ImportStep.REVIEW);
    }

    /** Stops a running preview or import; the store discards a partial import. */
    public void cancel() {
        cancelRunning();
    }

    /** The switch changed: read the preview again, keeping the user's name and role decisions. */
    private void rereadPreview() {
        ImportStep now = step.get();
        // Before its first preview a new file has no importer yet: it is then recognised again.
        if (file != null && (now == ImportStep.REVIEW || now == ImportStep.READING)) {
            readPreview(file, importer, true);
        }
    }

    /** Reads the preview through {@code known}, or through the importer that recognises the file best when null. */
    private void readPreview(Path chosen, DatasetImporter known, boolean keepDecisions) {
        cancelRunning();
        // The preview reads without polling for cancel, so an older read may still report back: only the latest counts.
        long request = ++previewRequest;
        error.set("");
        problems.clear();
        result.set("");
        excludedSummary.set("");
        step.set(ImportStep.READING);
        boolean keepExcluded = includeExcluded.get();
        running = runner.submit(
                "preview " + chosen,
                context -> {
                    // Recognising reads the file's first bytes, so it runs as part of the job, off the UI thread.
                    DatasetImporter picked = known != null ? known : importers.forFile(chosen);
                    boolean survey = picked.kind() == DatasetKind.SURVEY;
                    ImportOptions options =
                            new ImportOptions(null, survey && keepExcluded, Map.of(), ColumnMapping.NONE);
                    return new Read(picked, picked.preview(chosen, options, PREVIEW_ROWS));
                },
                new JobCallbacks<>(
                        p -> {},
                        read -> {
                            if (request == previewRequest) {
                                importer = read.importer();
                                showPreview(read.preview(), keepDecisions);
                            }
                        },
                        () -> {
                            if (request == previewRequest) {
                                step.set(ImportStep.CHOOSE_FILE);
                            }
                        },
                        e -> {
                            if (request == previewRequest) {
                                error.set(problems.describe(e));
                                problems.show(e);
                                step.set(ImportStep.CHOOSE_FILE);
                            }
                        }));
    }

    private void showPreview(ImportPreview preview, boolean keepDecisions) {
        DatasetKind detectedKind = importer.kind();
        boolean survey = detectedKind == DatasetKind.SURVEY;
        kind.set(detectedKind);
        surveyOptions.set(survey);
        Map<String, RoleDecision> decided = keepDecisions && survey ? decisions() : Map.of();
        List<Column> detected = preview.columns();
        previewHeaders.setAll(detected.stream().map(Column::key).toList());
        previewRows.setAll(preview.rows());
        columns.setAll(detected.stream()
                .map(c -> new ColumnRoleRow(c, sample(preview.rows(), c.position())))
                .toList());
        columns.forEach(row -> Optional.ofNullable(decided.get(row.key())).ifPresent(d -> d.applyTo(row)));
        formatSummary.set(messages.format(
                "import.format",
                kindName(detectedKind),
                layoutName(preview.layout()),
                preview.encoding(),
                delimiterName(preview.delimiter())));
        excludedSummary.set(survey ? excludedText(preview.excludedRows()) : "");
        if (!keepDecisions || datasetName.get().isBlank()) {
            datasetName.set(baseName(preview.file()));
        }
        step.set(ImportStep.REVIEW);
        if (!keepDecisions) {
            mapping.load(file, importer, preview);
        }
    }

    private String excludedText(long excluded) {
        String count = NumberFormat.getIntegerInstance(messages.locale()).format(excluded);
        return includeExcluded.get()
                ? messages.format("import.excluded.kept", count, excluded)
                : messages.format("import.excluded.skipped", count, excluded);
    }

    private Map<String, RoleDecision> decisions() {
        Map<String, RoleDecision> decided = new HashMap<>();
        for (ColumnRoleRow row : columns) {
            decided.put(
                    row.key(),
                    new RoleDecision(
                            row.roleProperty().get(), row.scaleProperty().get()));
        }
        return decided;
    }

    private void showProgress(JobProgress update) {
        progress.set(update.fraction());
        String count = NumberFormat.getIntegerInstance(messages.locale()).format(update.done());
        progressText.set(messages.format("import.progress", count));
    }

    private void finish(ImportResult imported) {
        NumberFormat integer = NumberFormat.getIntegerInstance(messages.locale());
        result.set(messages.format(
                "import.done",
                imported.dataset().name(),
                integer.format(imported.rowsLoaded()),
                integer.format(imported.rowsExcluded()),
                imported.rowsExcluded()));
        progress.set(1);
        step.set(ImportStep.DONE);
        session.refresh(imported.dataset().name());
    }

    private void appended(AppendResult appended) {
        result.set(WaveChoice.summary(appended, messages));
        progress.set(1);
        step.set(ImportStep.DONE);
        session.refresh(appended.result().dataset().name());
    }

    private void cancelled() {
        progressText.set("");
        error.set(messages.get("import.cancelled"));
        step.set(ImportStep.REVIEW);
    }

    private Map<String, Question> overrides() {
        Map<String, Question> decided = new HashMap<>();
        for (ColumnRoleRow row : columns) {
            row.override().ifPresent(entry -> decided.put(entry.getKey(), entry.getValue()));
        }
        return decided;
    }

    private void cancelRunning() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    private String kindName(DatasetKind detected) {
        return messages.get("dataset.kind." + detected.wireName());
    }

    private String layoutName(String layout) {
        return messages.getOrDefault("import.layout." + layout, layout);
    }

    private String delimiterName(char delimiter) {
        return switch (delimiter) {
            case 0 -> messages.get("import.delimiter.none");
            case '\t' -> messages.get("import.delimiter.tab");
            case ' ' -> messages.get("import.delimiter.space");
            default -> String.valueOf(delimiter);
        };
    }

    private static String sample(List<List<String>> rows, int position) {
        return rows.stream()
                .filter(r -> position < r.size())
                .map(r -> r.get(position))
                .filter(s -> !s.isBlank())
                .distinct()
                .limit(3)
                .collect(Collectors.joining(", "));
    }

    /** A preview and the importer that read it, which also imports the file. */
    private record Read(DatasetImporter importer, ImportPreview preview) {}

    /** A row's role and scale as the user left them, restored after the preview is read again. */
    private record RoleDecision(RoleChoice role, ScaleChoice scale) {
        void applyTo(ColumnRoleRow row) {
            row.roleProperty().set(role);
            row.scaleProperty().set(scale);
        }
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
