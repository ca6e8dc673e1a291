package io.verbatim.domain.dataset;

/** What a dataset holds; decides which importers and metrics apply to it. */
public enum DatasetKind {
    SURVEY,
    TICKETS,
    MENTIONS,
    DOCUMENTS;

    /** The lower-case name used on the command line and in JSON. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
