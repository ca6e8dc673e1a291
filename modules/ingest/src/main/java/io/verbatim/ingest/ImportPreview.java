package io.verbatim.ingest;

import io.verbatim.domain.dataset.Column;
import java.util.List;

/**
 * What the wizard shows before anything is written: the sniffed format, the detected layout and question roles, and
 * the first rows as they will be stored.
 *
 * @param file the file name
 * @param layout detected layout: {@code qualtrics}, {@code qualtrics-legacy}, {@code surveymonkey},
 *     {@code google-forms}, {@code generic}
 * @param encoding detected character set name, e.g. {@code UTF-8}, {@code windows-1251}
 * @param delimiter the delimiter for CSV, or 0 for XLSX
 * @param columns proposed columns with detected questions
 * @param rows first rows (at most the requested number), one cell per column
 * @param excludedRows rows the layout excludes by default among those read for the preview
 */
public record ImportPreview(
        String file,
        String layout,
        String encoding,
        char delimiter,
        List<Column> columns,
        List<List<String>> rows,
        long excludedRows) {

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
