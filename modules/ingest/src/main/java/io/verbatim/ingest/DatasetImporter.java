package io.verbatim.ingest;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.preset.ColumnMapping;
import io.verbatim.ingest.preset.RoleSpec;
import io.verbatim.ingest.source.RowSourceFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one kind of export (surveys, tickets, mentions, documents) and loads it all-or-nothing into a workspace. Every
 * importer has the same recipe: {@link #recognise} cheaply, {@link #preview} without writing, {@link #importFile}.
 */
public interface DatasetImporter {

    /** The kind of dataset this importer creates. */
    DatasetKind kind();

    /**
     * How sure this importer is that {@code file} is its kind, from the file's name and first bytes or rows only: 0
     * for "not mine", 100 for a layout it knows by name (a Zendesk export, a Telegram result.json). Never throws for a
     * file it cannot read; it answers 0 and lets the chosen importer report the problem.
     */
    int recognise(Path file);

    /**
     * Sniffs the file and reads its first rows, writing nothing.
     *
     * @throws ImportException when the file cannot be read as this kind of export
     */
    ImportPreview preview(Path file, ImportOptions options, int maxRows);

    /**
     * Imports the whole file. On any error or cancel nothing is left in the workspace.
     *
     * @throws ImportException with file, line, column and reason when the file is bad
     * @throws io.verbatim.domain.job.JobCancelledException when the user cancelled
     */
    ImportResult importFile(Path file, ImportOptions options, DatasetRepository repository, JobContext context);

    /**
     * The header row a saved preset is matched by (its {@code HeaderFingerprint}). This default reads the file's first
     * row, which is a survey's header whatever its layout; importers whose header can sit below a preamble override
     * it. Empty when the file is not a table (JSON, documents): such files are never matched to a preset.
     */
    default List<String> headers(Path file) {
        List<String> first = new ArrayList<>();
        try {
            new RowSourceFactory().open(file).read(row -> {
                first.addAll(List.of(row.cells()));
                return false;
            });
        } catch (ImportException e) {
            return List.of();
        }
        return first.stream().map(String::strip).toList();
    }

    /**
     * The mapping an import of {@code file} with {@code options} applies, explicit decisions completed with detected
     * ones: what {@code --save-preset} stores, so the next file of the same shape is read the same way. This default
     * describes a survey: the question role of every column the preview proposes as a rating question, and
     * {@code none} for a column the analyst said is not one.
     */
    default ColumnMapping detectedMapping(Path file, ImportOptions options) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (Column column : preview(file, options, 0).columns()) {
            boolean refused = options.questionOverrides().containsKey(column.key()) && column.question() == null;
            if (column.question() != null || refused) {
                roles.put(column.key(), RoleSpec.of(column.question()));
            }
        }
        return options.mapping().withKind(kind()).withRoles(roles);
    }
}
