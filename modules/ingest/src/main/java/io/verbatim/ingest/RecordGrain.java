package io.verbatim.ingest;

/**
 * How much of a document one record holds: chosen per import through {@link ImportOptions#recordGrain()} (the command
 * line's {@code --records}); only the document importer reads it.
 */
public enum RecordGrain {
    /** One record per paragraph, numbered from 1; a document with a single paragraph is one record, part 0. */
    PARAGRAPH,
    /** One record per document, part 0, its paragraphs separated by blank lines. */
    DOCUMENT
}
