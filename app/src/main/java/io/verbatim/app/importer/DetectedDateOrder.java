package io.verbatim.app.importer;

import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.ImportPreview;
import io.verbatim.ingest.preset.ColumnMapping;
import io.verbatim.ingest.preset.DateOrder;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the data says about the order of slash dates in the mapped date columns. It is found by asking the importer
 * itself to read the file both ways, so the wizard shows exactly the importer's rule (a day above 12 settles it) and
 * never a second copy of it: a reading that fails rules its order out, and two readings that agree mean there is
 * nothing to decide.
 */
public enum DetectedDateOrder {
    /** Only day-first reads every date. */
    DAY_FIRST,
    /** Only month-first reads every date. */
    MONTH_FIRST,
    /** Both orders read every date and give different days: the data cannot tell; without a choice, month-first. */
    EITHER,
    /** No slash dates whose order matters. */
    NOT_NEEDED;

    /**
     * Reads the file's first rows with each order (run it off the UI thread: it reads the file twice).
     *
     * @param mapping the rest of the analyst's decisions; its own date order is ignored
     */
    public static DetectedDateOrder probe(DatasetImporter importer, Path file, ColumnMapping mapping, int rows) {
        Optional<ImportPreview> dayFirst = read(importer, file, withOrder(mapping, DateOrder.DMY), rows);
        Optional<ImportPreview> monthFirst = read(importer, file, withOrder(mapping, DateOrder.MDY), rows);
        if (dayFirst.isPresent() && monthFirst.isEmpty()) {
            return DAY_FIRST;
        }
        if (monthFirst.isPresent() && dayFirst.isEmpty()) {
            return MONTH_FIRST;
        }
        if (dayFirst.isPresent()
                && !dayFirst.get().rows().equals(monthFirst.get().rows())) {
            return EITHER;
        }
        return NOT_NEEDED;
    }

    private static ColumnMapping withOrder(ColumnMapping mapping, DateOrder order) {
        return new ColumnMapping(
                mapping.kind(),
                mapping.fields(),
                mapping.roles(),
                order,
                mapping.timeZone(),
                mapping.skip(),
                mapping.excel1904());
    }

    private static Optional<ImportPreview> read(DatasetImporter importer, Path file, ColumnMapping mapping, int rows) {
        try {
            return Optional.of(importer.preview(file, ImportOptions.defaults().withMapping(mapping), rows));
        } catch (ImportException e) {
            // This order does not read some date: that is the answer, not an error to show.
            return Optional.empty();
        }
    }
}
