package io.verbatim.ingest.survey;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.ingest.survey.layout.HeaderColumn;
import io.verbatim.ingest.survey.layout.MetadataNames;
import io.verbatim.ingest.survey.profile.ColumnProfile;
import io.verbatim.ingest.survey.question.QuestionDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns header columns and their profiles into dataset columns, applying what the user decided over what was detected. */
final class ColumnPlanner {

    private final QuestionDetector detector = new QuestionDetector();

    /** The columns an import starts with, before any row is seen: every one text, none a question. */
    List<Column> provisional(List<HeaderColumn> headers) {
        List<Column> columns = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new Column(i, headers.get(i).key(), headers.get(i).label(), ValueType.TEXT, null));
        }
        return columns;
    }

    List<Column> plan(List<HeaderColumn> headers, List<ColumnProfile> profiles, Map<String, Question> overrides) {
        List<Column> columns = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            HeaderColumn header = headers.get(i);
            ColumnProfile profile = profiles.get(i);
            boolean serialDates = serialDates(header, profile);
            Question question;
            if (overrides.containsKey(header.key())) {
                question = overrides.get(header.key());
            } else {
                question = serialDates ? null : detector.detect(header, profile);
            }
            ValueType type = serialDates ? ValueType.DATETIME : profile.type();
            columns.add(new Column(i, header.key(), header.label(), type, question));
        }
        return columns;
    }

    /**
     * True for a column of Excel serial dates ({@code 45356.38}): a date column of a sheet saved as CSV in the General
     * format. Its header must name a date; a column of five-digit numbers under any other header stays numbers.
     */
    static boolean serialDates(HeaderColumn header, ColumnProfile profile) {
        return profile.serialDates() && MetadataNames.isDate(header.key(), header.label());
    }
}
