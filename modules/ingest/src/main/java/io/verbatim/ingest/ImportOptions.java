package io.verbatim.ingest;

import io.verbatim.domain.dataset.Question;
import io.verbatim.ingest.preset.ColumnMapping;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What the user decided about an import.
 *
 * @param datasetName the dataset to create; null means the file name without extension
 * @param includeExcluded keep rows a layout excludes by default (Qualtrics preview, test and spam responses)
 * @param questionOverrides column key → the question properties the user confirmed; a key mapped to null means "not a
 *     rating question"; columns not named keep what was detected
 * @param mapping the column mapping of a mapping file or preset (fields, date order, time zone, skipped columns);
 *     {@link ColumnMapping#NONE} leaves them to detection. Question roles reach importers as {@code questionOverrides}.
 * @param recordGrain one record per paragraph (the default) or per document; read by the document importer only
 */
public record ImportOptions(
        String datasetName,
        boolean includeExcluded,
        Map<String, Question> questionOverrides,
        ColumnMapping mapping,
        RecordGrain recordGrain) {

    public ImportOptions {
        questionOverrides =
                questionOverrides == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(questionOverrides));
        mapping = mapping == null ? ColumnMapping.NONE : mapping;
        recordGrain = recordGrain == null ? RecordGrain.PARAGRAPH : recordGrain;
    }

    /** Options with one record per paragraph for documents (every caller before the grain could be chosen). */
    public ImportOptions(
            String datasetName,
            boolean includeExcluded,
            Map<String, Question> questionOverrides,
            ColumnMapping mapping) {
        this(datasetName, includeExcluded, questionOverrides, mapping, RecordGrain.PARAGRAPH);
    }

    /** Options without a column mapping (the survey importer's tests and callers that map nothing). */
    public ImportOptions(String datasetName, boolean includeExcluded, Map<String, Question> questionOverrides) {
        this(datasetName, includeExcluded, questionOverrides, ColumnMapping.NONE);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, false, Map.of(), ColumnMapping.NONE, RecordGrain.PARAGRAPH);
    }

    public ImportOptions withDatasetName(String name) {
        return new ImportOptions(name, includeExcluded, questionOverrides, mapping, recordGrain);
    }

    public ImportOptions withMapping(ColumnMapping newMapping) {
        return new ImportOptions(datasetName, includeExcluded, questionOverrides, newMapping, recordGrain);
    }

    public ImportOptions withQuestionOverrides(Map<String, Question> overrides) {
        return new ImportOptions(datasetName, includeExcluded, overrides, mapping, recordGrain);
    }

    public ImportOptions withRecordGrain(RecordGrain grain) {
        return new ImportOptions(datasetName, includeExcluded, questionOverrides, mapping, grain);
    }
}
