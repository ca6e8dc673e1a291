package io.verbatim.ingest.survey.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Qualtrics' legacy export (before 2018): row 1 has generic keys {@code V1…V10} for the metadata and {@code Q1…} for
 * questions, row 2 the names and question text. {@code V7} says nothing, so a V-key is replaced by its name when that
 * name is a short identifier ({@code ResponseID}, {@code Status}).
 */
public final class QualtricsLegacyLayout implements SurveyLayout {

    private static final Pattern V_KEY = Pattern.compile("V\\d+");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    @Override
    public String name() {
        return "qualtrics-legacy";
    }

    @Override
    public int headerRows() {
        return 2;
    }

    @Override
    public boolean matches(List<String[]> head) {
        return head.size() >= 2
                && ColumnKeys.cell(head.get(0), 0).equals("V1")
                && ColumnKeys.cell(head.get(1), 0).equalsIgnoreCase("ResponseID");
    }

    @Override
    public List<HeaderColumn> columns(List<String[]> head, int width) {
        List<String> raw = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String key = ColumnKeys.cell(head.getFirst(), i);
            String label = ColumnKeys.cell(head.size() > 1 ? head.get(1) : null, i);
            raw.add(V_KEY.matcher(key).matches() && IDENTIFIER.matcher(label).matches() ? label : key);
            labels.add(label);
        }
        List<String> keys = ColumnKeys.unique(raw);
        List<HeaderColumn> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String label = labels.get(i).isEmpty() ? keys.get(i) : labels.get(i);
            columns.add(new HeaderColumn(keys.get(i), label, MetadataNames.isMetadata(keys.get(i), label)));
        }
        return columns;
    }

    @Override
    public ResponseFilter exclusions(List<HeaderColumn> columns) {
        return QualtricsStatus.filter(columns);
    }
}
