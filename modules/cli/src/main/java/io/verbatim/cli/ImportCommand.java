package io.verbatim.cli;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.preset.Preset;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.Importers;
import io.verbatim.ingest.append.AppendResult;
import io.verbatim.ingest.append.WaveAppender;
import io.verbatim.ingest.catalog.StandardImporters;
import io.verbatim.ingest.preset.ColumnMapping;
import io.verbatim.ingest.preset.MappingJson;
import io.verbatim.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim import FILE...}: sniff, map, validate and load each file as one all-or-nothing dataset. */
@Command(
        name = "import",
        description = "Import survey, ticket and mention exports (CSV or XLSX) into the workspace; each file becomes a"
                + " dataset.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Export files to import.")
    private List<Path> files;

    @Option(
            names = "--kind",
            paramLabel = "survey|tickets|mentions|documents",
            description = "What the files hold (default: detected from each file).")
    private String kind;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset name (default: the file name).")
    private String datasetName;

    @Option(
            names = "--include-excluded",
            description = "Keep rows a layout excludes by default (Qualtrics preview, test and spam responses).")
    private boolean includeExcluded;

    @Option(
            names = "--role",
            paramLabel = "COL=ROLE[:MIN-MAX][:reversed]",
            description = "Confirm or change a column's role: nps, enps, csat, ces, other or none,"
                    + " e.g. --role Q5=nps --role effort=ces:1-7:reversed --role comment=none.")
    private List<String> roles = List.of();

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "A mapping file (JSON) naming the columns detection misses: kind, fields, roles,"
                    + " date_order, time_zone, excel_dates, skip; see docs/decisions/0017.")
    private Path mappingFile;

    @Option(
            names = "--preset",
            paramLabel = "NAME",
            description = "Apply a saved preset (see 'verbatim presets'). Without --mapping or --preset, a preset"
                    + " saved from a file with the same header row is applied by itself.")
    private String presetName;

    @Option(
            names = "--save-preset",
            paramLabel = "NAME",
            description = "Save the mapping this import used (given or detected) as a preset, offered again for the"
                    + " next file with the same header row.")
    private String savePreset;

    @Option(
            names = "--append",
            description = "Add the file's rows to the existing dataset named by --dataset, skipping rows whose source"
                    + " id it already has (a new wave of the same export).")
    private boolean append;

    @Option(
            names = "--id-column",
            paramLabel = "COL",
            description = "With --append: the column that identifies a row (default: the ticket or mention id, the"
                    + " survey's response id; without one, whole rows are compared).")
    private String idColumn;

    @Option(
            names = "--records",
            paramLabel = "paragraph|document",
            description = "For documents (DOCX, PDF, HTML, TXT, e-mail): one record per paragraph (default) or one"
                    + " per document. Refused for tables and JSON exports, whose rows are the records.")
    private String records;

    @Option(
            names = "--error-report",
            paramLabel = "OUT.csv",
            description = "When a file is refused, write all its problems (up to 1,000) to this CSV: file, line,"
                    + " column, column_name, rule, value, message. A report left by an earlier run is removed first,"
                    + " so the file exists only if this run refused a file; a file that is not a report is never"
                    + " overwritten.")
    private Path errorReport;

    @Override
    public Integer call() {
        Importers importers = StandardImporters.all();
        DatasetKind wantedKind = kind == null ? null : wantedKind(importers);
        refuseConflictingOptions();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException(file + ": no such file");
            }
        }
        ImportFailure failure = new ImportFailure(errorReport);
        failure.prepare(files);
        ColumnMapping fromFile = mappingFile == null ? null : MappingJson.read(mappingFile);
        List<Outcome> outcomes = new ArrayList<>();
        try (Workspace workspace = options.open()) {
            MappingChoice choices = new MappingChoice(importers, workspace.presets(), kindFor(workspace, wantedKind));
            ColumnMapping named = presetName == null ? fromFile : choices.preset(presetName);
            for (Path file : files) {
                outcomes.add(importOne(file, choices.choose(file, named), workspace));
            }
        } catch (ImportException refused) {
            throw failure.report(
                    refused,
                    options.format() == OutputFormat.JSON,
                    spec.commandLine().getOut());
        }
        print(outcomes);
        return 0;
    }

    private void refuseConflictingOptions() {
        if (datasetName != null && files.size() > 1) {
            throw new UserInputException("--dataset names one dataset; import one file at a time with it");
        }
        if (!roles.isEmpty() && files.size() > 1) {
            throw new UserInputException("--role applies to one file's columns; import one file at a time with it");
        }
        if (mappingFile != null && presetName != null) {
            throw new UserInputException("--mapping and --preset both name a mapping; use one of them");
        }
        if (savePreset != null && (savePreset.isBlank() || files.size() > 1)) {
            throw new UserInputException("--save-preset NAME saves one file's mapping; import one file at a time"
                    + " with it and give the preset a name");
        }
        if (append && (datasetName == null || datasetName.isBlank())) {
            throw new UserInputException("--append adds rows to the dataset named by --dataset; add --dataset NAME");
        }
        if (idColumn != null && !append) {
            throw new UserInputException("--id-column says how --append finds duplicates; add --append or drop it");
        }
        if (mappingFile != null && !Files.isRegularFile(mappingFile)) {
            throw new UserInputException("--mapping " + mappingFile + ": no such file");
        }
    }

    private Outcome importOne(Path file, MappingChoice.Choice choice, Workspace workspace) {
        DatasetImporter importer = choice.importer();
        ImportOptions importOptions = new ImportOptions(datasetName, includeExcluded, Map.of(), choice.mapping())
                .withRecordGrain(RecordsOption.grain(records, file, importer.kind()));
        if (!roles.isEmpty() || !choice.mapping().roles().isEmpty()) {
            var detected = importer.preview(file, importOptions, 1).columns();
            Map<String, Question> overrides =
                    new HashMap<>(RoleOverrides.parse(choice.mapping().roles(), detected));
            overrides.putAll(RoleOverrides.parse(roles, detected));
            importOptions = importOptions.withQuestionOverrides(overrides);
        }
        if (savePreset != null && !MappingChoice.mappable(importer.kind())) {
            throw new UserInputException("--save-preset: " + file.getFileName() + " is imported as "
                    + importer.kind().wireName() + ", which has no header row a preset could be matched by");
        }
        AppendResult appended = append
                ? new WaveAppender(workspace.datasets())
                        .append(importer, file, importOptions, idColumn, JobContext.none())
                : null;
        ImportResult result = append
                ? appended.result()
                : importer.importFile(file, importOptions, workspace.datasets(), JobContext.none());
        if (savePreset != null) {
            String mapping = MappingJson.write(importer.detectedMapping(file, importOptions));
            workspace
                    .presets()
                    .save(new Preset(
                            savePreset.strip(),
                            importer.kind(),
                            MappingChoice.fingerprint(importer, file),
                            mapping,
                            Instant.now()));
        }
        return new Outcome(result, choice.autoPreset(), savePreset == null ? null : savePreset.strip(), appended);
    }

    /**
     * @param autoPreset the preset applied because the file's header matched it, or null
     * @param savedPreset the preset this import saved, or null
     * @param appended how an --append went, or null for a new dataset
     */
    private record Outcome(ImportResult result, String autoPreset, String savedPreset, AppendResult appended) {}

    /** With --append and no --kind, the file is read as the kind of the dataset it joins. */
    private DatasetKind kindFor(Workspace workspace, DatasetKind wanted) {
        if (wanted != null || !append) {
            return wanted;
        }
        return workspace
                .datasets()
                .dataset(datasetName.strip())
                .map(Dataset::kind)
                .orElse(null);
    }

    /** The kind named by --kind, checked against the importers on offer. */
    private DatasetKind wantedKind(Importers importers) {
        DatasetKind wanted = Arrays.stream(DatasetKind.values())
                .filter(k -> k.wireName().equalsIgnoreCase(kind.strip()))
                .findFirst()
                .orElseThrow(() ->
                        new UserInputException("--kind " + kind + ": use survey, tickets, mentions or documents"));
        if (importers.forKind(wanted).isEmpty()) {
            String offered = String.join(
                    ", ", importers.kinds().stream().map(DatasetKind::wireName).toList());
            throw new UserInputException("--kind " + kind + " is not supported yet; this version imports " + offered);
        }
        return wanted;
    }

    private void print(List<Outcome> outcomes) {
        var out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            List<Map<String, Object>> json = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                ImportResult result = outcome.result();
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("dataset", result.dataset().name());
                entry.put("kind", result.dataset().kind().wireName());
                entry.put("layout", result.dataset().layout());
                entry.put("rows", result.rowsLoaded());
                entry.put("excluded", result.rowsExcluded());
                entry.put("preset_applied", outcome.autoPreset());
                entry.put("preset_saved", outcome.savedPreset());
                if (outcome.appended() != null) {
                    AppendJson.put(entry, outcome.appended());
                }
                json.add(entry);
            }
            out.println(Json.write(json));
            return;
        }
        for (Outcome outcome : outcomes) {
            ImportResult result = outcome.result();
            if (outcome.autoPreset() != null) {
                out.printf("preset %s applied%n", outcome.autoPreset());
            }
            if (outcome.appended() != null) {
                out.println(AppendJson.text(outcome.appended()));
            } else {
                out.printf(
                        "%s: %d rows loaded, %d excluded (layout %s)%n",
                        result.dataset().name(),
                        result.rowsLoaded(),
                        result.rowsExcluded(),
                        result.dataset().layout());
            }
            if (outcome.savedPreset() != null) {
                out.printf("preset %s saved%n", outcome.savedPreset());
            }
        }
    }
}
