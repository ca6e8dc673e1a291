package io.verbatim.ingest.source;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Passes sheet XML events on to POI's handler, but refuses a cell whose text passes {@value #MAX_CHARS} characters
 * (FastCSV's limit for one CSV field): POI collects a cell's text in one buffer, so a giant cell would otherwise end
 * in an OutOfMemoryError instead of a message.
 */
final class CellSizeGuard implements ContentHandler {

    static final int MAX_CHARS = 16 * 1024 * 1024;
    static final String MESSAGE = "cell holds more than";

    private final ContentHandler next;
    private long chars;

    CellSizeGuard(ContentHandler next) {
        this.next = next;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if ("c".equals(localName) || "row".equals(localName)) {
            chars = 0;
        }
        next.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        chars += length;
        if (chars > MAX_CHARS) {
            throw new SAXException("a " + MESSAGE + " " + MAX_CHARS + " characters");
        }
        next.characters(ch, start, length);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        next.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        next.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        next.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        next.endPrefixMapping(prefix);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        next.endElement(uri, localName, qName);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        next.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        next.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        next.skippedEntity(name);
    }
}
