package io.verbatim.ingest.survey.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Qualtrics' current CSV export: row 1 has the keys ({@code StartDate}, {@code ResponseId}, {@code Q16}), row 2 the
 * question text, row 3 a JSON object per column ({@code {"ImportId":"QID16"}}).
 */
public final class QualtricsLayout implements SurveyLayout {

    @Override
    public String name() {
        return "qualtrics";
    }

    @Override
    public int headerRows() {
        return 3;
    }

    @Override
    public boolean matches(List<String[]> head) {
        return head.size() >= 3 && ColumnKeys.cell(head.get(2), 0).startsWith("{\"ImportId\"");
    }

    @Override
    public List<HeaderColumn> columns(List<String[]> head, int width) {
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            raw.add(ColumnKeys.cell(head.getFirst(), i));
        }
        List<String> keys = ColumnKeys.unique(raw);
        List<HeaderColumn> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String label = ColumnKeys.cell(head.size() > 1 ? head.get(1) : null, i);
            String key = keys.get(i);
            label = label.isEmpty() ? key : label;
            columns.add(new HeaderColumn(key, label, MetadataNames.isMetadata(key, label)));
        }
        return columns;
    }

    @Override
    public ResponseFilter exclusions(List<HeaderColumn> columns) {
        return QualtricsStatus.filter(columns);
    }
}
