package io.verbatim.ingest.document;

import io.verbatim.domain.job.JobContext;
import java.nio.file.Path;

/**
 * Our port over a document-text engine (Apache Tika today, see {@link TikaDocumentReader}): detection and text
 * extraction, with every engine failure turned into an {@link io.verbatim.ingest.ImportException} the user can act on.
 */
public interface DocumentReader {

    /**
     * The detected media type of {@code file} without parameters ({@code application/pdf}, {@code text/plain}), from
     * its name and first bytes; {@code application/octet-stream} when unknown or unreadable. Never throws.
     */
    String mediaType(Path file);

    /**
     * Extracts the paragraphs and metadata of {@code file}.
     *
     * @throws io.verbatim.ingest.ImportException when the file is not a readable document, is password-protected,
     *     damaged, too large, or has no text
     * @throws io.verbatim.domain.job.JobCancelledException when the user cancelled
     */
    DocumentContent read(Path file, JobContext context);
}
