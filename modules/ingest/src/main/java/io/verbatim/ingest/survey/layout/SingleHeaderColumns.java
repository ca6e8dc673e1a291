package io.verbatim.ingest.survey.layout;

import java.util.ArrayList;
import java.util.List;

/** Columns from one header row whose text is both key and label (Google Forms and generic files). */
final class SingleHeaderColumns {

    private SingleHeaderColumns() {}

    static List<HeaderColumn> of(String[] header, int width) {
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            raw.add(ColumnKeys.cell(header, i));
        }
        List<String> keys = ColumnKeys.unique(raw);
        List<HeaderColumn> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String label = raw.get(i).isEmpty() ? keys.get(i) : raw.get(i);
            columns.add(new HeaderColumn(keys.get(i), label, MetadataNames.isMetadata(keys.get(i), label)));
        }
        return columns;
    }
}
