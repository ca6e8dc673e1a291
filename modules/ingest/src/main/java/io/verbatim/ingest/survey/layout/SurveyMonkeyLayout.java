package io.verbatim.ingest.survey.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SurveyMonkey's export: row 1 has the question (blank in the following columns of a multi-column question), row 2
 * the sub-question, choice or the words "Response" / "Open-Ended Response". A multi-column question's key is
 * "question - sub-label"; a single-column one keeps the question text.
 */
public final class SurveyMonkeyLayout implements SurveyLayout {

    private static final Set<String> PLAIN_ANSWER = Set.of("response", "open-ended response", "");

    @Override
    public String name() {
        return "surveymonkey";
    }

    @Override
    public int headerRows() {
        return 2;
    }

    @Override
    public boolean matches(List<String[]> head) {
        if (head.isEmpty()) {
            return false;
        }
        List<String> first = List.of(head.getFirst());
        return first.contains("Respondent ID") && first.contains("Collector ID");
    }

    @Override
    public List<HeaderColumn> columns(List<String[]> head, int width) {
        List<String> raw = new ArrayList<>();
        List<Boolean> metadata = new ArrayList<>();
        String question = "";
        for (int i = 0; i < width; i++) {
            String top = ColumnKeys.cell(head.getFirst(), i);
            String sub = ColumnKeys.cell(head.size() > 1 ? head.get(1) : null, i);
            if (!top.isEmpty()) {
                question = top;
            }
            boolean plain = PLAIN_ANSWER.contains(sub.toLowerCase(Locale.ROOT));
            String text = plain ? question : question.isEmpty() ? sub : question + " - " + sub;
            raw.add(text);
            metadata.add(MetadataNames.isMetadata(text, text));
        }
        List<String> keys = ColumnKeys.unique(raw);
        List<HeaderColumn> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String label = raw.get(i).isEmpty() ? keys.get(i) : raw.get(i);
            columns.add(new HeaderColumn(keys.get(i), label, metadata.get(i)));
        }
        return columns;
    }
}
