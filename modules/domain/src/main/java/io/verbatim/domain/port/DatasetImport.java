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
    Dataset commit();

    /** Discards the staging rows unless committed. Never throws for an already committed import. */
    @Override
    void close();
}
