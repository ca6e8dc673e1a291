package io.verbatim.cli;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.Importers;
import io.verbatim.ingest.catalog.StandardImporters;
import io.verbatim.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
        description = "Import survey exports (CSV or XLSX) into the workspace; each file becomes a dataset.")
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

    @Override
    public Integer call() {
        Importers importers = StandardImporters.all();
        DatasetKind wantedKind = kind == null ? null : wantedKind(importers);
        if (datasetName != null && files.size() > 1) {
            throw new UserInputException("--dataset names one dataset; import one file at a time with it");
        }
        if (!roles.isEmpty() && files.size() > 1) {
            throw new UserInputException("--role applies to one file's columns; import one file at a time with it");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException(file + ": no such file");
            }
        }
        List<ImportResult> results = new ArrayList<>();
        try (Workspace workspace = options.open()) {
            for (Path file : files) {
                DatasetImporter importer = wantedKind == null
                        ? importers.forFile(file)
                        : importers.forKind(wantedKind, file).orElseThrow();
                ImportOptions importOptions = new ImportOptions(datasetName, includeExcluded, Map.of());
                if (!roles.isEmpty()) {
                    var detected = importer.preview(file, importOptions, 1).columns();
                    importOptions =
                            new ImportOptions(datasetName, includeExcluded, RoleOverrides.parse(roles, detected));
                }
                results.add(importer.importFile(file, importOptions, workspace.datasets(), JobContext.none()));
            }
        }
        print(results);
        return 0;
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

    private void print(List<ImportResult> results) {
        var out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            List<Map<String, Object>> json = new ArrayList<>();
            for (ImportResult result : results) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("dataset", result.dataset().name());
                entry.put("kind", result.dataset().kind().wireName());
                entry.put("layout", result.dataset().layout());
                entry.put("rows", result.rowsLoaded());
                entry.put("excluded", result.rowsExcluded());
                json.add(entry);
            }
            out.println(Json.write(json));
            return;
        }
        for (ImportResult result : results) {
            out.printf(
                    "%s: %d rows loaded, %d excluded (layout %s)%n",
                    result.dataset().name(),
                    result.rowsLoaded(),
                    result.rowsExcluded(),
                    result.dataset().layout());
        }
    }
}
