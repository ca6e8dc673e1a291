package io.verbatim.app.importer;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.mapping.TableImporter;
import io.verbatim.ingest.preset.ColumnMapping;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A file as the mapping step shows it under one mapping, read in the background: every header (skipped ones too), the
 * canonical field of each mapped one, the first rows as they will be stored and what the data says about date order.
 *
 * @param mapping the mapping it was read with
 * @param headers the file's header row, in order, including skipped columns
 * @param fields canonical field key → header, as the import will map them (the mapping's and the synonyms')
 * @param preview the first rows and the types of the kept columns
 * @param detectedOrder the slash-date order the data allows
 */
record MappingRead(
        ColumnMapping mapping,
        List<String> headers,
        Map<String, String> fields,
        ImportPreview preview,
        DetectedDateOrder detectedOrder) {

    /** True when the mapping step can map this importer's files: plain tables of tickets or mentions. */
    static boolean mapsFields(DatasetImporter importer) {
        return importer instanceof TableImporter && importer.kind() != DatasetKind.SURVEY;
    }

    /**
     * Reads a table with a mapping (off the UI thread: it reads the file a few times).
     *
     * @throws io.verbatim.ingest.ImportException when the mapping does not fit the file or a cell does not fit it
     */
    static MappingRead table(DatasetImporter importer, Path file, ColumnMapping mapping, int rows) {
        ImportOptions options = ImportOptions.defaults().withMapping(mapping);
        ImportPreview preview = importer.preview(file, options, rows);
        return new MappingRead(
                mapping,
                importer.headers(file),
                importer.detectedMapping(file, options).fields(),
                preview,
                DetectedDateOrder.probe(importer, file, mapping, rows));
    }

    /**
     * A survey as the wizard already read it: its columns as headers, roles decided on the wizard's role rows.
     *
     * @param mapping the survey's mapping (skipped columns and date choices); the preview was read without its skips
     */
    static MappingRead survey(ImportPreview preview, ColumnMapping mapping, int rows) {
        ImportPreview first = new ImportPreview(
                preview.file(),
                preview.layout(),
                preview.encoding(),
                preview.delimiter(),
                preview.columns(),
                preview.rows().subList(0, Math.min(rows, preview.rows().size())),
                preview.excludedRows());
        return new MappingRead(
                mapping.withKind(DatasetKind.SURVEY),
                preview.columns().stream().map(Column::label).toList(),
                Map.of(),
                first,
                DetectedDateOrder.NOT_NEEDED);
    }

    /**
     * A survey as the wizard read it, unless the mapping (a preset's) makes date choices: then read again with them.
     */
    static MappingRead survey(
            DatasetImporter importer, Path file, ImportPreview preview, ColumnMapping mapping, int rows) {
        boolean dates = mapping.dateOrder() != null || mapping.timeZone() != null || mapping.excel1904();
        return dates ? survey(importer, file, mapping, rows) : survey(preview, mapping, rows);
    }

    /**
     * Reads a survey's first rows again with the mapping's date choices (off the UI thread), every column kept so the
     * step still lists the skipped ones.
     */
    static MappingRead survey(DatasetImporter importer, Path file, ColumnMapping mapping, int rows) {
        ColumnMapping dates = mapping.withSkip(List.of()).withRoles(Map.of());
        ImportPreview preview = importer.preview(file, ImportOptions.defaults().withMapping(dates), rows);
        return survey(preview, mapping, rows);
    }
}
