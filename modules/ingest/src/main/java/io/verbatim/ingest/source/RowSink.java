package io.verbatim.ingest.source;

/** Receives the rows of a source in file order. */
@FunctionalInterface
public interface RowSink {

    /** @return false to stop reading (a preview has what it needs) */
    boolean accept(SourceRow row);
}
