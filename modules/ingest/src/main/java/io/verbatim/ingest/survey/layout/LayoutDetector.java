package io.verbatim.ingest.survey.layout;

import java.util.List;

/** Picks the layout of an export from its first rows; the most specific layouts are tried first. */
public final class LayoutDetector {

    /** Enough rows to recognise every layout. */
    public static final int HEAD_ROWS = 3;

    private final List<SurveyLayout> layouts = List.of(
            new QualtricsLayout(),
            new QualtricsLegacyLayout(),
            new SurveyMonkeyLayout(),
            new GoogleFormsLayout(),
            new GenericLayout());

    public SurveyLayout detect(List<String[]> head) {
        return layouts.stream().filter(l -> l.matches(head)).findFirst().orElseThrow();
    }
}
