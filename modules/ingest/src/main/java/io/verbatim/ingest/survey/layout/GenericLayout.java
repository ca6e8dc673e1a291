package io.verbatim.ingest.survey.layout;

import java.util.List;

/** Any table with one header row; the fallback when no survey tool's layout is recognised. */
public final class GenericLayout implements SurveyLayout {

    @Override
    public String name() {
        return "generic";
    }

    @Override
    public int headerRows() {
        return 1;
    }

    @Override
    public boolean matches(List<String[]> head) {
        return true;
    }

    @Override
    public List<HeaderColumn> columns(List<String[]> head, int width) {
        return SingleHeaderColumns.of(head.getFirst(), width);
    }
}
