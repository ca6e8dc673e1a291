package io.verbatim.app.importer;

import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.append.AppendResult;
import io.verbatim.ingest.append.WaveAppender;
import java.nio.file.Path;
import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;

/**
 * The wizard's "add as a new wave" choice: offered when the dataset name the analyst typed is one the workspace
 * already has, so next month's export joins this month's dataset and rows it already holds (by source id) are
 * skipped (ADR 0019), as {@code import --append} does.
 */
public final class WaveChoice {

    private final BooleanProperty append = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper possible = new ReadOnlyBooleanWrapper(false);

    WaveChoice(ObservableStringValue datasetName, ObservableList<Dataset> datasets) {
        possible.bind(Bindings.createBooleanBinding(
                () -> datasets.stream()
                        .anyMatch(d -> d.name().equals(datasetName.get().strip())),
                datasetName,
                datasets));
        possible.addListener((obs, was, is) -> append.set(is));
    }

    /** True when the dataset name is taken: the import can only add to it (or the analyst renames). */
    public ReadOnlyBooleanProperty possibleProperty() {
        return possible.getReadOnlyProperty();
    }

    /** Add the file's rows to the existing dataset; on by default once the name is taken. */
    public BooleanProperty appendProperty() {
        return append;
    }

    boolean appending() {
        return possible.get() && append.get();
    }

    /** Runs the append; called on the job runner's thread. */
    static AppendResult run(
            DatasetImporter importer,
            Path file,
            ImportOptions options,
            DatasetRepository repository,
            JobContext context) {
        return new WaveAppender(repository).append(importer, file, options, null, context);
    }

    /** What the wizard says when the wave is in. */
    static String summary(AppendResult appended, Messages messages) {
        NumberFormat integer = NumberFormat.getIntegerInstance(messages.locale());
        return messages.format(
                "import.appended",
                appended.result().dataset().name(),
                integer.format(appended.result().rowsLoaded()),
                integer.format(appended.duplicatesSkipped()),
                integer.format(appended.result().dataset().rows()));
    }
}
