package io.verbatim.domain.port;

import io.verbatim.domain.dataset.Dataset;

/**
 * Rows being loaded into a staging dataset. Nothing appended is visible until {@link #commit()}; {@link #close()}
 * without a commit removes every trace of it, so a bad file leaves the workspace as it was.
 */
public interface DatasetImport extends AutoCloseable {

    /**
     * Appends one row. The array has one cell per draft column (the importer pads or refuses ragged rows); blank cells
     * are empty strings. The array may be reused by the caller after the call returns.
     */
    void append(String[] cells);

    /** Rows appended so far. */
    long rows();

    /** Makes the dataset visible in one small transaction and returns it. */
    default Dataset commit() {
        return commit(null);
    }

    /**
     * Applies what the importer learnt from all the rows (final column types and questions, value rewrites), then
     * makes the dataset visible; either all of it happens or, on failure, nothing is visible.
     *
     * @param revision the final columns and rewrites, or null to keep the draft's columns and values
     * @throws IllegalArgumentException when the revision's columns do not match the draft's keys and positions
     */
    Dataset commit(ImportRevision revision);

    /** Discards the staging rows unless committed. Never throws for an already committed import. */
    @Override
    void close();
}
