package io.verbatim.ingest.preset;

import io.verbatim.domain.dataset.DatasetKind;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the analyst decided about a file's columns, beyond what the importer detects by itself: the one model behind a
 * mapping file ({@code import --mapping FILE}), a saved preset and the wizard's mapping step. Everything is optional;
 * {@link #NONE} leaves every decision to detection.
 *
 * @param kind the kind of dataset the file holds, or null to let the file decide
 * @param fields for tickets and mentions: canonical field key ({@code created_at}) → the file's header that holds it,
 *     taking precedence over the header synonyms
 * @param roles for surveys: column key or header → {@code ROLE[:MIN-MAX][:reversed]} or {@code none}, the same
 *     values as {@code import --role}
 * @param dateOrder the order of ambiguous slash dates in the mapped date columns, or null to let the data decide
 * @param timeZone the zone of timestamps written without an offset, or null to store them as local times
 * @param skip headers of columns to leave out of the dataset
 * @param excel1904 Excel serial numbers in the mapped date columns of a CSV count from 1904 (old Mac workbooks)
 *     rather than from 1900
 */
public record ColumnMapping(
        DatasetKind kind,
        Map<String, String> fields,
        Map<String, String> roles,
        DateOrder dateOrder,
        ZoneId timeZone,
        List<String> skip,
        boolean excel1904) {

    /** No decisions: detection decides everything. */
    public static final ColumnMapping NONE = new ColumnMapping(null, Map.of(), Map.of(), null, null, List.of(), false);

    public ColumnMapping {
        fields = ordered(fields);
        roles = ordered(roles);
        skip = skip == null ? List.of() : List.copyOf(skip);
    }

    /** True when nothing was decided. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** This mapping for a file of {@code kindOfFile}. */
    public ColumnMapping withKind(DatasetKind kindOfFile) {
        return new ColumnMapping(kindOfFile, fields, roles, dateOrder, timeZone, skip, excel1904);
    }

    /** This mapping with its field map replaced, e.g. completed with the fields the synonyms found. */
    public ColumnMapping withFields(Map<String, String> newFields) {
        return new ColumnMapping(kind, newFields, roles, dateOrder, timeZone, skip, excel1904);
    }

    /** This mapping with its roles replaced, e.g. by the roles a survey import settled on. */
    public ColumnMapping withRoles(Map<String, String> newRoles) {
        return new ColumnMapping(kind, fields, newRoles, dateOrder, timeZone, skip, excel1904);
    }

    /** This mapping with its skipped columns replaced. */
    public ColumnMapping withSkip(List<String> newSkip) {
        return new ColumnMapping(kind, fields, roles, dateOrder, timeZone, newSkip, excel1904);
    }

    /** Kept in the order written, so a saved mapping reads back as the analyst wrote it. */
    private static Map<String, String> ordered(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
