package io.verbatim.app.texts;

import io.verbatim.app.fx.LatestJob;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.OpenedWorkspace;
import io.verbatim.app.workspace.UserFacingError;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.MentionField;
import io.verbatim.domain.job.Job;
import io.verbatim.domain.job.JobRunner;
import io.verbatim.domain.job.JobRunner.JobCallbacks;
import io.verbatim.domain.port.CorrectionRepository;
import io.verbatim.domain.text.SentimentCorrection;
import io.verbatim.text.enrich.EnrichmentRequest;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The texts of the selected dataset: pick a free-text column, analyse it (language, sentiment, optionally topics, as
 * a job with progress and cancel), read the texts filtered by sentiment or words, correct a text's sentiment (kept in
 * the workspace, undoable) and teach the workspace's own model from the corrections.
 */
public final class TextsViewModel {

    /** Rows the table shows at most after filtering; the summary counts them all. */
    static final int SHOWN_LIMIT = 5_000;

    private final WorkspaceSession session;
    private final LatestJob jobs;
    private final Messages messages;
    private final TextAnalysis analysis;
    private final Clock clock;

    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> column = new SimpleObjectProperty<>();
    private final ObjectProperty<SentimentFilter> filter = new SimpleObjectProperty<>(SentimentFilter.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty withTopics = new SimpleBooleanProperty(false);
    private final ObservableList<TextRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final Deque<Edit> edits = new ArrayDeque<>();
    // Made once: a fresh unmodifiable wrapper per call would be garbage-collected with the view's listeners.
    private final ObservableList<String> columnsView = FXCollections.unmodifiableObservableList(columns);

    private final InvalidationListener selectionListener = obs -> reload();
    private List<TextRow> loaded = List.of();
    private int texts;
    private boolean analysed;

    public TextsViewModel(
            WorkspaceSession session, JobRunner runner, Messages messages, TextAnalysis analysis, Clock clock) {
        this.session = session;
        this.jobs = new LatestJob(runner);
        this.messages = messages;
        this.analysis = analysis;
        this.clock = clock;
        session.selectedProperty().addListener(new WeakInvalidationListener(selectionListener));
        column.addListener(obs -> loadRows());
        filter.addListener(obs -> applyFilter());
        search.addListener(obs -> applyFilter());
        reload();
    }

    // Properties

    public ObservableList<String> columns() {
        return columnsView;
    }

    public ObjectProperty<String> columnProperty() {
        return column;
    }

    public ObjectProperty<SentimentFilter> filterProperty() {
        return filter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty withTopicsProperty() {
        return withTopics;
    }

    /** The rows the table shows (filtered, at most {@link #SHOWN_LIMIT}). */
    public ObservableList<TextRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Shown instead of the table when there is nothing to show, or empty. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** The running job's progress in [0, 1], or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public String filterName(SentimentFilter value) {
        return value == null ? "" : messages.get(value.messageKey());
    }

    public String sentimentName(String wire) {
        return wire == null || wire.isEmpty() ? "" : messages.get("texts.sentiment." + wire);
    }

    // Commands

    /** Re-reads the selected dataset's text columns. */
    public void reload() {
        jobs.drop();
        edits.clear();
        canUndo.set(false);
        Dataset dataset = session.selectedProperty().get();
        Optional<OpenedWorkspace> workspace =
                Optional.ofNullable(session.workspaceProperty().get());
        if (dataset == null || workspace.isEmpty()) {
            show(List.of(), 0, false);
            columns.clear();
            placeholder.set(messages.get(workspace.isEmpty() ? "dashboard.noWorkspace" : "dashboard.noDataset"));
            return;
        }
        run(
                "texts " + dataset.name(),
                ctx -> TextTable.textColumns(workspace.get().datasets(), dataset),
                found -> {
                    columns.setAll(found);
                    if (found.isEmpty()) {
                        show(List.of(), 0, false);
                        placeholder.set(messages.get("texts.noTextColumn"));
                    } else if (found.contains(column.get())) {
                        loadRows();
                    } else {
                        column.set(found.getFirst());
                    }
                });
    }

    /** Analyses the chosen column and shows the result. */
    public void analyse() {
        Dataset dataset = session.selectedProperty().get();
        OpenedWorkspace workspace = session.workspaceProperty().get();
        String key = column.get();
        if (dataset == null || workspace == null || key == null) {
            return;
        }
        // A mention export that names each row's brand also gets the sentiment toward that brand.
        String brandKey = MentionField.BRAND.key();
        EnrichmentRequest.Brand brand = dataset.kind() == DatasetKind.MENTIONS
                        && dataset.column(brandKey).isPresent()
                ? new EnrichmentRequest.Brand(List.of(), brandKey)
                : EnrichmentRequest.Brand.NONE;
        EnrichmentRequest what =
                new EnrichmentRequest(key, true, withTopics.get(), 0, EnrichmentRequest.DEFAULT_SEED, brand);
        run(
                messages.format("texts.analysing", key),
                ctx -> analysis.analyse(workspace, dataset, what, ctx),
                result -> session.refresh(result.dataset().name()));
    }

    /** Retrains the workspace's sentiment model from the corrections, then analyses the column again with it. */
    public void teach() {
        OpenedWorkspace workspace = session.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        run(messages.get("texts.teaching"), ctx -> analysis.teach(workspace, ctx), learned -> {
            summary.set(messages.format("texts.taught", learned));
            analyse();
        });
    }

    /** Sets a text's sentiment: every row of that text changes, the correction is kept, and it can be undone. */
    public void correct(TextRow row, String label) {
        Optional<CorrectionRepository> corrections = corrections();
        if (corrections.isEmpty() || row == null || label == null || label.equals(row.sentiment())) {
            return;
        }
        Optional<SentimentCorrection> before = corrections.get().correction(row.text());
        Dataset dataset = session.selectedProperty().get();
        corrections
                .get()
                .save(new SentimentCorrection(
                        row.text(),
                        row.language().isEmpty() ? "other" : row.language(),
                        label,
                        dataset == null ? "" : dataset.name(),
                        clock.instant()));
        edits.push(new Edit(row.text(), before.orElse(null), sameText(row.text())));
        canUndo.set(true);
        replaceText(row.text(), r -> r.corrected(label));
    }

    /** Takes the last correction back. */
    public void undo() {
        Optional<CorrectionRepository> corrections = corrections();
        if (edits.isEmpty() || corrections.isEmpty()) {
            return;
        }
        Edit edit = edits.pop();
        canUndo.set(!edits.isEmpty());
        if (edit.before() == null) {
            corrections.get().delete(edit.text());
        } else {
            corrections.get().save(edit.before());
        }
        List<TextRow> restored = new ArrayList<>(loaded);
        for (TextRow previous : edit.rows()) {
            int at = indexOfRow(restored, previous.row());
            if (at >= 0) {
                restored.set(at, previous);
            }
        }
        loaded = restored;
        applyFilter();
        updateSummary();
    }

    // Internals

    private void loadRows() {
        Dataset dataset = session.selectedProperty().get();
        OpenedWorkspace workspace = session.workspaceProperty().get();
        String key = column.get();
        if (dataset == null
                || workspace == null
                || key == null
                || dataset.column(key).isEmpty()) {
            return;
        }
        run(
                "texts " + key,
                ctx -> TextTable.load(workspace.datasets(), workspace.corrections(), dataset, key, ctx),
                found -> show(found.rows(), found.texts(), found.analysed()));
    }

    private void show(List<TextRow> found, int count, boolean wasAnalysed) {
        loaded = List.copyOf(found);
        texts = count;
        analysed = wasAnalysed;
        placeholder.set(found.isEmpty() && column.get() != null ? messages.get("texts.empty") : "");
        applyFilter();
        updateSummary();
    }

    private void applyFilter() {
        String words = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        SentimentFilter chosen = filter.get() == null ? SentimentFilter.ALL : filter.get();
        List<TextRow> shown = new ArrayList<>();
        for (TextRow row : loaded) {
            if (chosen.accepts(row)
                    && (words.isEmpty() || row.text().toLowerCase(Locale.ROOT).contains(words))) {
                shown.add(row);
                if (shown.size() == SHOWN_LIMIT) {
                    break;
                }
            }
        }
        rows.setAll(shown);
    }

    private void updateSummary() {
        if (loaded.isEmpty()) {
            summary.set("");
            return;
        }
        long negative =
                loaded.stream().filter(r -> r.sentiment().equals("negative")).count();
        long positive =
                loaded.stream().filter(r -> r.sentiment().equals("positive")).count();
        long corrected = loaded.stream().filter(TextRow::corrected).count();
        String counted = texts > loaded.size()
                ? messages.format("texts.summary.first", loaded.size(), texts)
                : messages.format("texts.summary.all", texts);
        summary.set(
                analysed
                        ? messages.format(
                                "texts.summary.analysed", counted, percent(positive), percent(negative), corrected)
                        : messages.format("texts.summary.notAnalysed", counted));
    }

    private String percent(long count) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * count / loaded.size());
    }

    private List<TextRow> sameText(String text) {
        return loaded.stream().filter(r -> r.text().equals(text)).toList();
    }

    private void replaceText(String text, UnaryOperator<TextRow> change) {
        List<TextRow> changed = new ArrayList<>(loaded.size());
        for (TextRow row : loaded) {
            changed.add(row.text().equals(text) ? change.apply(row) : row);
        }
        loaded = changed;
        applyFilter();
        updateSummary();
    }

    private static int indexOfRow(List<TextRow> rows, int row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).row() == row) {
                return i;
            }
        }
        return -1;
    }

    private Optional<CorrectionRepository> corrections() {
        return Optional.ofNullable(session.workspaceProperty().get()).map(OpenedWorkspace::corrections);
    }

    private <T> void run(String title, Job<T> job, Consumer<T> done) {
        busy.set(true);
        progress.set(-1);
        jobs.submit(
                title,
                job,
                new JobCallbacks<>(
                        p -> progress.set(p.fraction()),
                        result -> {
                            busy.set(false);
                            done.accept(result);
                        },
                        () -> busy.set(false),
                        error -> {
                            busy.set(false);
                            summary.set(messages.format("texts.failed", UserFacingError.describe(error)));
                        }));
    }

    /** One correction: the text, the correction it replaced (null for none) and its rows as they were. */
    private record Edit(String text, SentimentCorrection before, List<TextRow> rows) {}
}
