package io.verbatim.app.importer;

/** Where the import wizard is. */
public enum ImportStep {
    /** Waiting for a file (also after a file could not be read). */
    CHOOSE_FILE,
    /** Reading the preview in the background. */
    READING,
    /** Showing what was detected; the user may change roles and the name. */
    REVIEW,
    /** Importing in the background. */
    IMPORTING,
    /** Imported; the dataset is in the workspace. */
    DONE
}
