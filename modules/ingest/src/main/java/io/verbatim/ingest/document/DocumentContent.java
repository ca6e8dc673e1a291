package io.verbatim.ingest.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link DocumentReader} found in one file, free of the engine's types.
 *
 * @param format a short name of the detected format: {@code docx}, {@code pdf}, {@code html}, {@code txt},
 *     {@code eml}, ...
 * @param encoding the character set of a text format, or the format name for binary ones (as a preview shows it)
 * @param paragraphs the non-blank paragraphs, in order, whitespace collapsed
 * @param properties column key → value for the document's metadata that was present, in column order: {@code title},
 *     {@code author}, {@code created_at} for documents; {@code from}, {@code subject}, {@code sent_at} for e-mail
 */
public record DocumentContent(String format, String encoding, List<String> paragraphs, Map<String, String> properties) {

    public DocumentContent {
        paragraphs = List.copyOf(paragraphs);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
