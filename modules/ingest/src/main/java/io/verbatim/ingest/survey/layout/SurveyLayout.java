package io.verbatim.ingest.survey.layout;

import java.util.List;

/**
 * How one survey tool lays out its export: how many header rows, where keys and labels are, which responses are not
 * real. Each tool is one strategy, recognised from the header rows alone.
 */
public interface SurveyLayout {

    /** The name stored with the dataset: {@code qualtrics}, {@code surveymonkey}, ... */
    String name();

    /** Rows at the top of the file that describe columns rather than responses. */
    int headerRows();

    /** @param head the first rows of the file (up to three), cells as read */
    boolean matches(List<String[]> head);

    /**
     * @param head the header rows ({@link #headerRows()} of them, or fewer when the file is that short)
     * @param width number of columns (cells in the first header row)
     */
    List<HeaderColumn> columns(List<String[]> head, int width);

    /** Which responses to leave out by default, given the columns this layout produced. */
    default ResponseFilter exclusions(List<HeaderColumn> columns) {
        return ResponseFilter.NONE;
    }
}
