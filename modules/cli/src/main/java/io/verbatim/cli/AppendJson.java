package io.verbatim.cli;

import io.verbatim.ingest.append.AppendResult;
import java.util.Map;

/** How {@code import --append} reports a wave: rows appended, duplicates skipped and what identified them. */
final class AppendJson {

    private AppendJson() {}

    /** Adds the append's fields to a dataset's JSON entry; {@code rows} there counts the rows appended. */
    static void put(Map<String, Object> entry, AppendResult appended) {
        entry.put("appended", appended.result().rowsLoaded());
        entry.put("duplicates_skipped", appended.duplicatesSkipped());
        entry.put("dedup_by", appended.byWholeRow() ? "whole_row" : "id_column");
        entry.put("id_column", appended.idColumn());
        entry.put("dataset_rows", appended.result().dataset().rows());
    }

    /** The line the text output prints for a wave. */
    static String text(AppendResult appended) {
        var result = appended.result();
        String by = appended.byWholeRow()
                ? "whole rows compared: the dataset has no id column; name one with --id-column"
                : "by " + appended.idColumn();
        return "%s: %d rows appended, %d skipped as duplicates (%s), %d excluded; %d rows in all"
                .formatted(
                        result.dataset().name(),
                        result.rowsLoaded(),
                        appended.duplicatesSkipped(),
                        by,
                        result.rowsExcluded(),
                        result.dataset().rows());
    }
}
