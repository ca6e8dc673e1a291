package io.verbatim.ingest.survey.layout;

/** Says which responses a layout leaves out by default (Qualtrics preview, test and spam responses). */
@FunctionalInterface
public interface ResponseFilter {

    ResponseFilter NONE = cells -> false;

    /** @param cells the response's cells, padded to the header width */
    boolean excluded(String[] cells);
}
