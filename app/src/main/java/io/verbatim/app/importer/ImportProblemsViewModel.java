package io.verbatim.app.importer;

import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.UserFacingError;
import io.verbatim.domain.job.JobRunner;
import io.verbatim.domain.job.JobRunner.JobCallbacks;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ImportProblem;
import io.verbatim.ingest.report.ImportReport;
import io.verbatim.ingest.report.ImportReportWriter;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The problems of a refused import, for the wizard's failure state: every problem the importer found (up to its cap)
 * as table rows in the interface language, a summary, and saving them as the same CSV {@code verbatim import
 * --error-report} writes. Rule names and what-to-do texts come from the bundle by the rule's stable id
 * ({@code import.rule.<id>} and {@code import.rule.<id>.hint}); a rule without a text keeps the importer's English
 * reason.
 */
public final class ImportProblemsViewModel {

    private final JobRunner runner;
    private final Messages messages;

    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");

    private ImportReport report;

    public ImportProblemsViewModel(JobRunner runner, Messages messages) {
        this.runner = runner;
        this.messages = messages;
    }

    // Properties

    public ObservableList<ProblemRow> rows() {
        return rowsView;
    }

    /** True while there are problems to show. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "5 problems found; nothing was imported." (or how many of how many are listed). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Where the report was saved, or why it could not be; empty before a save. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    /** A name to offer in the save dialog: the file's name with {@code -problems.csv}. */
    public String suggestedFileName() {
        if (report == null) {
            return "problems.csv";
        }
        String file = report.first().file();
        int dot = file.lastIndexOf('.');
        return (dot > 0 ? file.substring(0, dot) : file) + "-problems.csv";
    }

    /**
     * The one line the wizard shows for {@code error}: for a refused import, where the first problem is and what to do
     * in the interface language, and how many more there are; for anything else, its message.
     */
    public String describe(Throwable error) {
        if (!(error instanceof ImportException refused)) {
            return UserFacingError.describe(error);
        }
        ImportReport refusedReport = refused.report();
        ImportProblem first = refusedReport.first();
        String place = ImportProblem.at(first.file(), first.line(), first.column(), first.rule(), "")
                .oneLine();
        String line = place + message(first, first.rule().id());
        long more = refusedReport.total() - 1;
        if (more > 0) {
            String count = NumberFormat.getIntegerInstance(messages.locale()).format(more);
            line += messages.format("import.problems.more", count, more);
        }
        return line;
    }

    // Commands

    /** Shows the problems of {@code error} when it is a refused import; anything else clears the table. */
    public void show(Throwable error) {
        Optional<ImportReport> refused =
                error instanceof ImportException e ? Optional.of(e.report()) : Optional.empty();
        if (refused.isEmpty()) {
            clear();
            return;
        }
        report = refused.get();
        rows.setAll(report.problems().stream().map(this::row).toList());
        NumberFormat integer = NumberFormat.getIntegerInstance(messages.locale());
        summary.set(
                report.omitted() == 0
                        ? messages.format("import.problems.summary", integer.format(report.total()), report.total())
                        : messages.format(
                                "import.problems.summaryCapped",
                                integer.format(report.problems().size()),
                                integer.format(report.total())));
        saveStatus.set("");
        shown.set(true);
    }

    public void clear() {
        report = null;
        rows.clear();
        summary.set("");
        saveStatus.set("");
        shown.set(false);
    }

    /** Saves the problems shown as CSV (file, line, column, column_name, rule, value, message). */
    public void saveTo(Path target) {
        ImportReport saving = report;
        if (saving == null) {
            return;
        }
        saveStatus.set("");
        runner.submit(
                "save import report " + target,
                context -> {
                    ImportReportWriter.write(saving, target);
                    return target;
                },
                new JobCallbacks<>(
                        p -> {},
                        saved -> saveStatus.set(messages.format("import.problems.saved", saved.toString())),
                        () -> {},
                        e -> saveStatus.set(
                                messages.format("import.problems.saveFailed", UserFacingError.describe(e)))));
    }

    private ProblemRow row(ImportProblem problem) {
        String id = problem.rule().id();
        String column = problem.column() == 0
                ? ""
                : problem.columnName().isEmpty()
                        ? Integer.toString(problem.column())
                        : problem.column() + " · " + problem.columnName();
        return new ProblemRow(
                problem.line() == 0 ? "" : Long.toString(problem.line()),
                column,
                messages.getOrDefault("import.rule." + id, id),
                problem.value(),
                message(problem, id),
                problem.message());
    }

    private String message(ImportProblem problem, String id) {
        String key = "import.rule." + id + ".hint";
        if (!messages.bundle().containsKey(key)) {
            return problem.message();
        }
        return messages.format(key, problem.columnName());
    }
}
