package io.verbatim.app.importer;

import io.verbatim.app.i18n.Messages;
import io.verbatim.app.workspace.UserFacingError;
import io.verbatim.app.workspace.WorkspaceSession;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.Job;
import io.verbatim.domain.job.JobRunner;
import io.verbatim.domain.job.JobRunner.JobCallbacks;
import io.verbatim.domain.port.PresetRepository;
import io.verbatim.domain.preset.Preset;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.mapping.HeaderFingerprint;
import io.verbatim.ingest.preset.ColumnMapping;
import io.verbatim.ingest.preset.DateRules;
import io.verbatim.ingest.preset.MappingJson;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard's mapping step: which canonical field each column of a ticket or mention table holds, which
 * columns are left out, how slash dates, Excel serial dates and offset-less times are read, and saved presets. The
 * choices make the same {@link ColumnMapping} a mapping file makes on the command line ({@code import --mapping}), and
 * a preset is offered and saved as {@code import} and {@code --save-preset} do. A survey's mapping is its question
 * roles, decided on the wizard's role rows, its skipped columns and the same date choices. Every read of the file runs
 * as a job; only the newest answer is shown.
 */
public final class MappingStepViewModel {

    static final int PREVIEW_ROWS = 20;

    private final WorkspaceSession session;
    private final JobRunner runner;
    private final Messages messages;
    private final List<ColumnRoleRow> surveyRows;

    private final ObservableList<MappingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> fieldChoices = FXCollections.observableArrayList();
    private final ObservableList<String> previewHeaders = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<ZoneChoice> zoneChoices = FXCollections.observableArrayList();
    private final ObservableList<String> presetNames = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper mappable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper tableOptions = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<DateOrderChoice> dateOrder = new SimpleObjectProperty<>(DateOrderChoice.AUTO);
    private final ReadOnlyStringWrapper detectedOrder = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ExcelDates> excelDates = new SimpleObjectProperty<>(ExcelDates.FROM_1900);
    private final ObjectProperty<ZoneChoice> zone = new SimpleObjectProperty<>(ZoneChoice.AS_WRITTEN);
    private final ReadOnlyObjectWrapper<PresetOffer> offer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper offerApplied = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper appliedPreset = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSavePreset = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");

    private Path file;
    private DatasetImporter importer;
    private long request;
    private boolean settingUp;

    /**
     * @param surveyRows the wizard's question-role rows: a survey's mapping is read from them and applied to them
     */
    public MappingStepViewModel(
            WorkspaceSession session, JobRunner runner, Messages messages, List<ColumnRoleRow> surveyRows) {
        this.session = session;
        this.runner = runner;
        this.messages = messages;
        this.surveyRows = surveyRows;
        dateOrder.addListener(obs -> changed());
        excelDates.addListener(obs -> changed());
        zone.addListener(obs -> changed());
        zoneChoices.setAll(ZoneChoice.choices(ZoneId.systemDefault()));
        placeholder.set(messages.get("import.nothingYet"));
    }

    // Properties

    /** The file's columns with the field each holds and whether it is skipped. */
    public ObservableList<MappingRow> rows() {
        return rows;
    }

    /** {@link MappingRow#NO_FIELD}, then the canonical field keys of the file's kind, as the importer knows them. */
    public ObservableList<String> fieldChoices() {
        return fieldChoices;
    }

    public ObservableList<String> previewHeaders() {
        return previewHeaders;
    }

    /** The first {@value #PREVIEW_ROWS} rows as the import will store them with the current choices. */
    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    public ObservableList<ZoneChoice> zoneChoices() {
        return zoneChoices;
    }

    /** The workspace's presets by name, to apply any of them. */
    public ObservableList<String> presetNames() {
        return presetNames;
    }

    /** True for a file with a header row to map or a survey's roles to save: not for JSON exports or documents. */
    public ReadOnlyBooleanProperty mappableProperty() {
        return mappable.getReadOnlyProperty();
    }

    /** True for ticket and mention tables: fields, skipped columns, date order, Excel dates and zone apply. */
    public ReadOnlyBooleanProperty tableOptionsProperty() {
        return tableOptions.getReadOnlyProperty();
    }

    public ObjectProperty<DateOrderChoice> dateOrderProperty() {
        return dateOrder;
    }

    /** What the data says about slash dates, e.g. "Detected from the data: day first". */
    public ReadOnlyStringProperty detectedOrderProperty() {
        return detectedOrder.getReadOnlyProperty();
    }

    public ObjectProperty<ExcelDates> excelDatesProperty() {
        return excelDates;
    }

    public ObjectProperty<ZoneChoice> zoneProperty() {
        return zone;
    }

    /** The saved preset whose header fingerprint the file has, or null. */
    public ReadOnlyObjectProperty<PresetOffer> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** Whether the offered preset is applied; it is by default, as on the command line. */
    public ReadOnlyBooleanProperty offerAppliedProperty() {
        return offerApplied.getReadOnlyProperty();
    }

    /** The preset the current choices came from, or empty. */
    public ReadOnlyStringProperty appliedPresetProperty() {
        return appliedPreset.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSavePresetProperty() {
        return canSavePreset.getReadOnlyProperty();
    }

    /** True while the file is read with the current choices. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the current choices cannot be applied, as one line, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the empty column table says: reading, or that the file has no columns to map. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** What the last preset command did, or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String fieldName(String key) {
        return key == null || key.equals(MappingRow.NO_FIELD)
                ? messages.get("mapping.field.none")
                : messages.getOrDefault("mapping.field." + key, key);
    }

    public String zoneName(ZoneChoice choice) {
        return choice == null || choice.zone() == null
                ? messages.get("mapping.timeZone.asWritten")
                : choice.zone().getId();
    }

    public String enumName(Enum<?> value) {
        return value == null ? "" : messages.get("mapping." + value.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The mapping the choices make: for a table its kind, every mapped field, skipped columns, date order, zone and
     * Excel date system; for a survey its question roles, skipped columns and the same date choices. What the import
     * applies and a saved preset holds.
     */
    public ColumnMapping mapping() {
        if (importer == null || !mappable.get()) {
            return ColumnMapping.NONE;
        }
        return MappingRows.mapping(
                importer.kind(),
                rows,
                SurveyRoles.of(surveyRows),
                new DateRules(
                        dateOrder.get().order(),
                        zone.get() == null ? null : zone.get().zone(),
                        excelDates.get().is1904()));
    }

    // Commands

    /**
     * Shows a newly read file: offers (and applies) a preset of its shape, then reads it with the mapping.
     *
     * @param preview the wizard's preview of the file, shown as is for a survey
     */
    public void load(Path chosen, DatasetImporter reader, ImportPreview preview) {
        file = chosen;
        importer = reader;
        request++;
        boolean table = MappingRead.mapsFields(reader);
        boolean survey = reader.kind() == DatasetKind.SURVEY;
        mappable.set(table || survey);
        tableOptions.set(table);
        offer.set(null);
        offerApplied.set(false);
        appliedPreset.set("");
        problem.set("");
        status.set("");
        fieldChoices.setAll(MappingRows.fieldKeys(reader.kind(), table));
        settingUp = true;
        setChoices(ColumnMapping.NONE);
        settingUp = false;
        rows.clear();
        previewHeaders.clear();
        previewRows.clear();
        detectedOrder.set("");
        updateCanSave();
        placeholder.set(messages.get(mappable.get() ? "mapping.reading" : "mapping.notMappable"));
        if (!mappable.get()) {
            return;
        }
        Optional<PresetRepository> presets = session.presets();
        submit(
                "mapping " + chosen,
                context -> {
                    Optional<PresetOffer> found = presets.flatMap(p -> PresetOffer.find(p, reader, chosen));
                    List<String> names = presets.map(PresetOffer::names).orElse(List.of());
                    if (!table) {
                        ColumnMapping start = found.map(PresetOffer::mapping).orElse(ColumnMapping.NONE);
                        MappingRead read = MappingRead.survey(reader, chosen, preview, start, PREVIEW_ROWS);
                        return new Loaded(found, names, read, "");
                    }
                    ColumnMapping start =
                            found.map(PresetOffer::mapping).orElse(MappingRows.detectionOnly(reader.kind()));
                    try {
                        return new Loaded(found, names, MappingRead.table(reader, chosen, start, PREVIEW_ROWS), "");
                    } catch (ImportException e) {
                        if (found.isEmpty()) {
                            throw e;
                        }
                        // The preset does not fit this file after all: offer it, but read the file by detection.
                        MappingRead detected = MappingRead.table(
                                reader, chosen, MappingRows.detectionOnly(reader.kind()), PREVIEW_ROWS);
                        return new Loaded(found, names, detected, UserFacingError.describe(e));
                    }
                },
                loaded -> {
                    presetNames.setAll(loaded.names());
                    boolean applied =
                            loaded.offer().isPresent() && loaded.failure().isEmpty();
                    loaded.offer().ifPresent(o -> {
                        offer.set(o);
                        offerApplied.set(applied);
                        if (applied) {
                            appliedPreset.set(o.name());
                        }
                        if (applied && !table) {
                            SurveyRoles.apply(o.mapping().roles(), surveyRows);
                        }
                    });
                    settingUp = true;
                    setChoices(loaded.read().mapping());
                    settingUp = false;
                    show(loaded.read());
                    problem.set(loaded.failure());
                });
    }

    /** Applies the offered preset (after {@link #declineOffer}). */
    public void applyOffer() {
        PresetOffer offered = offer.get();
        if (offered != null) {
            offerApplied.set(true);
            apply(offered);
        }
    }

    /** Reads the file without the offered preset, as detection alone reads it. */
    public void declineOffer() {
        if (offer.get() != null && importer != null) {
            offerApplied.set(false);
            appliedPreset.set("");
            reset(MappingRows.detectionOnly(importer.kind()));
        }
    }

    /** Applies a saved preset by name; one for another kind of file is refused on one line. */
    public void applyPreset(String name) {
        Optional<PresetRepository> presets = session.presets();
        if (name == null || importer == null || presets.isEmpty() || name.equals(appliedPreset.get())) {
            return;
        }
        DatasetKind kind = importer.kind();
        submit("preset " + name, context -> presets.get().preset(name), found -> {
            if (found.isEmpty()) {
                problem.set(messages.format("mapping.preset.missing", name));
            } else if (found.get().kind() != kind) {
                problem.set(messages.format(
                        "mapping.preset.wrongKind", name, kindName(found.get().kind()), kindName(kind)));
            } else {
                apply(PresetOffer.of(found.get(), kind));
            }
        });
    }

    /** Saves the current mapping as a preset of this file's shape, replacing one of the same name. */
    public void savePreset(String name) {
        Optional<PresetRepository> presets = session.presets();
        if (name == null || name.isBlank() || !canSavePreset.get() || presets.isEmpty()) {
            return;
        }
        String presetName = name.strip();
        DatasetImporter reader = importer;
        Path source = file;
        ColumnMapping chosen = mapping();
        boolean table = tableOptions.get();
        submit(
                "save preset " + presetName,
                context -> {
                    // Tables store the mapping completed with the fields the synonyms found, as --save-preset does.
                    ColumnMapping saved = table
                            ? reader.detectedMapping(
                                    source, ImportOptions.defaults().withMapping(chosen))
                            : chosen;
                    String fingerprint = HeaderFingerprint.of(reader.headers(source));
                    presets.get()
                            .save(new Preset(
                                    presetName, reader.kind(), fingerprint, MappingJson.write(saved), Instant.now()));
                    return PresetOffer.names(presets.get());
                },
                names -> {
                    presetNames.setAll(names);
                    appliedPreset.set(presetName);
                    status.set(messages.format("mapping.preset.saved", presetName));
                });
    }

    private void apply(PresetOffer preset) {
        appliedPreset.set(preset.name());
        if (!tableOptions.get()) {
            SurveyRoles.apply(preset.mapping().roles(), surveyRows);
            status.set(messages.format("mapping.preset.rolesApplied", preset.name()));
        }
        reset(preset.mapping());
    }

    /** Sets the file-level choices from a mapping and reads the file with it. */
    private void reset(ColumnMapping mapping) {
        settingUp = true;
        setChoices(mapping);
        settingUp = false;
        reread(mapping);
    }

    /** The file-level choices a mapping makes; a mapping without a zone means "as written". */
    private void setChoices(ColumnMapping mapping) {
        dateOrder.set(DateOrderChoice.of(mapping.dateOrder()));
        excelDates.set(ExcelDates.of(mapping.excel1904()));
        ZoneId chosen = mapping.timeZone();
        zoneChoices.setAll(ZoneChoice.choices(ZoneId.systemDefault(), chosen));
        zone.set(new ZoneChoice(chosen));
    }

    /** A choice changed: read the file again with the new mapping. */
    private void changed() {
        if (!settingUp && mappable.get() && importer != null) {
            status.set("");
            reread(mapping());
        }
    }

    private void rowChanged(MappingRow changed) {
        if (settingUp) {
            return;
        }
        String field = changed.fieldProperty().get();
        if (changed.mapped()) {
            // A field takes one column: the column that had it keeps its own name now.
            settingUp = true;
            rows.stream()
                    .filter(r -> r != changed && field.equals(r.fieldProperty().get()))
                    .forEach(r -> r.fieldProperty().set(MappingRow.NO_FIELD));
            settingUp = false;
        }
        changed();
    }

    private void reread(ColumnMapping mapping) {
        DatasetImporter reader = importer;
        Path source = file;
        boolean table = tableOptions.get();
        submit(
                "mapping " + source,
                context -> table
                        ? MappingRead.table(reader, source, mapping, PREVIEW_ROWS)
                        : MappingRead.survey(reader, source, mapping, PREVIEW_ROWS),
                this::show);
    }

    private void show(MappingRead read) {
        List<MappingRow> built = MappingRows.of(read, messages);
        for (MappingRow row : built) {
            row.fieldProperty().addListener(obs -> rowChanged(row));
            row.skipProperty().addListener(obs -> rowChanged(row));
        }
        rows.setAll(built);
        previewHeaders.setAll(
                read.preview().columns().stream().map(Column::label).toList());
        previewRows.setAll(read.preview().rows());
        String order = read.detectedOrder().name().toLowerCase(Locale.ROOT);
        detectedOrder.set(tableOptions.get() ? messages.get("mapping.detected." + order) : "");
    }

    /** Runs a read of the file or the workspace as a job; only the newest one's answer counts. */
    private <T> void submit(String title, Job<T> job, Consumer<T> done) {
        long mine = ++request;
        busy.set(true);
        updateCanSave();
        problem.set("");
        runner.submit(
                title,
                job,
                new JobCallbacks<>(
                        p -> {},
                        result -> {
                            if (mine == request) {
                                busy.set(false);
                                done.accept(result);
                                updateCanSave();
                            }
                        },
                        () -> finished(mine, ""),
                        e -> finished(mine, UserFacingError.describe(e))));
    }

    private void finished(long mine, String error) {
        if (mine == request) {
            busy.set(false);
            problem.set(error);
            updateCanSave();
        }
    }

    private void updateCanSave() {
        canSavePreset.set(mappable.get()
                && !busy.get()
                && importer != null
                && session.presets().isPresent());
    }

    private String kindName(DatasetKind kind) {
        return messages.get("dataset.kind." + kind.wireName());
    }

    /** What loading a file found: the offered preset, the workspace's presets and the file read with the mapping. */
    private record Loaded(Optional<PresetOffer> offer, List<String> names, MappingRead read, String failure) {}
}
