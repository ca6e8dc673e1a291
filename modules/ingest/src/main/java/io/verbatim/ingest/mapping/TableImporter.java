package io.verbatim.ingest.mapping;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetImport;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.ImportResult;
import io.verbatim.ingest.preset.ColumnMapping;
import io.verbatim.ingest.preset.DateRules;
import io.verbatim.ingest.report.ProblemRule;
import io.verbatim.ingest.source.ReadProgress;
import io.verbatim.ingest.survey.layout.ColumnKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Imports a plain table (CSV or XLSX, one header row) of one {@link TableKind}: maps the headers to canonical fields
 * through the kind's synonyms, stores those under the field's key (label: the export's header) and every other column
 * under its own name. Two streaming passes, as for surveys: the profile pass checks canonical dates and numbers and
 * decides types, the load pass writes normalised rows all-or-nothing. A {@link ColumnMapping} in the options names
 * fields the synonyms miss, leaves columns out and settles date order, zone and Excel date system.
 */
public class TableImporter implements DatasetImporter {

    /** How often (in rows) long passes report progress and look for a cancel. */
    static final int PROGRESS_EVERY = 4096;

    /** Records a preview profiles to propose types. */
    private static final int PREVIEW_PROFILE_ROWS = 10_000;

    private final TableKind tableKind;
    private final List<DurationRule> durationRules;

    public TableImporter(TableKind tableKind) {
        this(tableKind, List.of());
    }

    /** @param durationRules duration columns of known layouts that are also stored in minutes */
    public TableImporter(TableKind tableKind, List<DurationRule> durationRules) {
        this.tableKind = tableKind;
        this.durationRules = List.copyOf(durationRules);
    }

    @Override
    public DatasetKind kind() {
        return tableKind.kind();
    }

    /** {@value TableKind#KNOWN_LAYOUT} for a known tool's headers, less for a table with enough canonical columns. */
    @Override
    public int recognise(Path file) {
        try {
            return tableKind.score(open(file, ColumnMapping.NONE).headers());
        } catch (ImportException e) {
            return 0;
        }
    }

    @Override
    public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
        Plan plan = plan(file, options.mapping());
        MappedFile table = plan.table();
        Canonical[] fields = plan.fields();
        List<String[]> firstRows = new ArrayList<>();
        TableProfile profile = TableProfile.run(
                table,
                fields,
                plan.dates(),
                plan.durations(),
                Math.max(maxRows, PREVIEW_PROFILE_ROWS),
                JobContext.none(),
                cells -> {
                    if (firstRows.size() < maxRows) {
                        firstRows.add(cells.clone());
                    }
                });
        List<List<String>> rows = new ArrayList<>();
        for (String[] cells : firstRows) {
            String[] row = cells.clone();
            profile.normalise(row);
            rows.add(List.of(plan.durations().append(row, cells)));
        }
        return new ImportPreview(
                file.getFileName().toString(),
                tableKind.layoutName(table.headers()),
                table.source().encoding(),
                table.source().delimiter(),
                columns(table.headers(), fields, profile, plan.durations()),
                rows,
                0);
    }

    @Override
    public ImportResult importFile(Path file, ImportOptions options, DatasetRepository repository, JobContext context) {
        Plan plan = plan(file, options.mapping());
        MappedFile table = plan.table();
        Canonical[] fields = plan.fields();
        TableProfile profile =
                TableProfile.run(table, fields, plan.dates(), plan.durations(), Long.MAX_VALUE, context, cells -> {});
        String fileName = file.getFileName().toString();
        DatasetDraft draft = new DatasetDraft(
                datasetName(options, fileName),
                tableKind.kind(),
                columns(table.headers(), fields, profile, plan.durations()),
                tableKind.layoutName(table.headers()),
                fileName);
        long[] read = {0};
        try (DatasetImport target = repository.beginImport(draft)) {
            table.read((line, cells) -> {
                String[] row = cells.clone();
                profile.normalise(row);
                target.append(plan.durations().append(row, cells));
                if (++read[0] % PROGRESS_EVERY == 0) {
                    context.checkCancelled();
                    ReadProgress.report(context, table.source(), read[0], "Importing");
                }
                return true;
            });
            context.checkCancelled();
            Dataset dataset = target.commit();
            ReadProgress.report(context, table.source(), read[0], "Imported");
            return new ImportResult(dataset, target.rows(), 0);
        }
    }

    /**
     * The dataset's columns in the export's order, then the minutes columns: canonical ones keyed by field and the
     * minutes columns by their keys (they claim their keys first, so an unmapped column called {@code ID} becomes
     * {@code ID_2}), the rest by their headers, made unique.
     */
    private static List<Column> columns(
            List<String> headers, Canonical[] fields, TableProfile profile, DurationColumns durations) {
        List<String> raw = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        List<DurationColumns.Derived> derived = durations.derived();
        derived.forEach(d -> raw.add(d.key()));
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < headers.size(); i++) {
                if ((fields[i] != null) == (pass == 0)) {
                    raw.add(fields[i] != null ? fields[i].key() : headers.get(i));
                    order.add(i);
                }
            }
        }
        List<String> unique = ColumnKeys.unique(raw);
        String[] keys = new String[headers.size()];
        for (int j = 0; j < order.size(); j++) {
            keys[order.get(j)] = unique.get(derived.size() + j);
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String label = headers.get(i).isBlank() ? keys[i] : headers.get(i);
            columns.add(new Column(i, keys[i], label, profile.type(i), null));
        }
        for (int j = 0; j < derived.size(); j++) {
            columns.add(
                    new Column(headers.size() + j, unique.get(j), derived.get(j).label(), ValueType.NUMBER, null));
        }
        return columns;
    }

    /** The header row presets are matched by: the one found below any preamble, as an import reads it. */
    @Override
    public List<String> headers(Path file) {
        try {
            return open(file, ColumnMapping.NONE).headers();
        } catch (ImportException e) {
            return List.of();
        }
    }

    /** The mapping this import applies: the explicit one, its fields completed with those the synonyms found. */
    @Override
    public ColumnMapping detectedMapping(Path file, ImportOptions options) {
        Plan plan = plan(file, options.mapping());
        return options.mapping()
                .withKind(kind())
                .withFields(MappedColumns.named(plan.fields(), plan.table().headers()));
    }

    /** The file as a mapping has it read: skipped columns left out, each kept column's canonical field decided. */
    private Plan plan(Path file, ColumnMapping mapping) {
        MappedFile whole = open(file, mapping);
        Canonical[] all = MappedColumns.fields(tableKind, mapping, whole.headers(), file);
        Set<Integer> skipped = MappedColumns.skipped(mapping, whole.headers(), file);
        List<Canonical> kept = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            if (!skipped.contains(i)) {
                kept.add(all[i]);
            } else if (all[i] != null && mapping.fields().containsKey(all[i].key())) {
                throw new ImportException(
                        ProblemRule.MAPPING,
                        file,
                        0,
                        0,
                        "the mapping both maps %s to \"%s\" and skips that column; remove one of the two"
                                .formatted(all[i].key(), whole.headers().get(i)));
            }
        }
        MappedFile table = whole.without(skipped);
        Canonical[] fields = kept.toArray(Canonical[]::new);
        DurationColumns durations =
                DurationColumns.plan(durationRules, tableKind.layoutName(whole.headers()), table.headers(), fields);
        return new Plan(table, fields, DateRules.of(mapping), durations);
    }

    /**
     * A file ready to profile: its kept columns, their canonical fields (null for none), the date decisions and the
     * minutes columns added from duration columns.
     */
    private record Plan(MappedFile table, Canonical[] fields, DateRules dates, DurationColumns durations) {}

    private MappedFile open(Path file, ColumnMapping mapping) {
        MappedFile table = MappedFile.open(
                file, headers -> tableKind.score(headers) > 0 || MappedColumns.namesAll(mapping, headers));
        String first = table.headers().isEmpty() ? "" : table.headers().getFirst();
        if (table.headers().size() <= 2 && (first.startsWith("{") || first.startsWith("["))) {
            throw new ImportException(
                    ProblemRule.UNKNOWN_KIND,
                    file,
                    1,
                    1,
                    "looks like a JSON file, not a CSV or XLSX table; import it without --kind so the JSON importer"
                            + " reads it, or export the tickets or mentions as CSV");
        }
        return table;
    }

    private static String datasetName(ImportOptions options, String fileName) {
        if (options.datasetName() != null && !options.datasetName().isBlank()) {
            return options.datasetName().strip();
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
