package io.verbatim.ingest.survey.layout;

import java.util.List;
import java.util.Set;

/**
 * Google Forms' response sheet: one header row that starts with the submission time ("Timestamp", or "Отметка времени"
 * in a Russian account), then one column per question.
 */
public final class GoogleFormsLayout implements SurveyLayout {

    private static final Set<String> TIMESTAMP = Set.of("timestamp", "отметка времени");

    @Override
    public String name() {
        return "google-forms";
    }

    @Override
    public int headerRows() {
        return 1;
    }

    @Override
    public boolean matches(List<String[]> head) {
        return !head.isEmpty()
                && TIMESTAMP.contains(ColumnKeys.cell(head.getFirst(), 0).toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public List<HeaderColumn> columns(List<String[]> head, int width) {
        return SingleHeaderColumns.of(head.getFirst(), width);
    }
}
