package io.verbatim.ingest;

import io.verbatim.domain.dataset.Question;
import java.util.Map;

/**
 * What the user decided about an import.
 *
 * @param datasetName the dataset to create; null means the file name without extension
 * @param includeExcluded keep rows a layout excludes by default (Qualtrics preview, test and spam responses)
 * @param questionOverrides column key → the question properties the user confirmed; a key mapped to null means "not a
 *     rating question"; columns not named keep what was detected
 */
public record ImportOptions(String datasetName, boolean includeExcluded, Map<String, Question> questionOverrides) {

    public ImportOptions {
        questionOverrides = questionOverrides == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(questionOverrides));
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, false, Map.of());
    }

    public ImportOptions withDatasetName(String name) {
        return new ImportOptions(name, includeExcluded, questionOverrides);
    }
}
