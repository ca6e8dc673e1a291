package io.verbatim.ingest.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Lets the engine descend only into an e-mail's own body (a nameless text or HTML part); attachments and objects
 * embedded in documents are skipped. Their words are not the author's notes, and every nested file is one more format
 * and one more size to trust.
 */
final class MailBodyOnly implements EmbeddedDocumentExtractor {

    private final ParsingEmbeddedDocumentExtractor parsing;

    MailBodyOnly(ParseContext context) {
        this.parsing = new ParsingEmbeddedDocumentExtractor(context);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        String type = lower(metadata.get(Metadata.CONTENT_TYPE));
        String disposition = lower(metadata.get("Content-Disposition"));
        boolean text = type.startsWith("text/plain") || type.startsWith("text/html");
        return text
                && !disposition.startsWith("attachment")
                && metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) == null;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        parsing.parseEmbedded(stream, handler, metadata, outputHtml);
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
