package io.verbatim.ingest.document;

import io.verbatim.domain.job.JobContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the engine's XHTML events into paragraphs: every block element (paragraph, heading, list item, cell, page)
 * closes the text so far, and inside a block a blank line (or two line breaks) closes it too, because plain text and e-mail bodies arrive
 * as a single block. Whitespace inside a paragraph is collapsed to single spaces, so hard-wrapped lines join up.
 */
final class ParagraphCollector extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "td",
            "th",
            "tr",
            "table",
            "ul",
            "ol",
            "hr",
            "section",
            "article");

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0\\r]*\\n");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private final JobContext context;

    ParagraphCollector(JobContext context) {
        this.context = context;
    }

    List<String> paragraphs() {
        flush();
        return paragraphs;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (BLOCKS.contains(localName)) {
            flush();
        } else if (localName.equals("br")) {
            // a line break, not a paragraph: two in a row (as HTML e-mails separate paragraphs) make a blank line
            block.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (BLOCKS.contains(localName)) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        block.append(ch, start, length);
    }

    /** The engine writes line breaks between lines of a PDF paragraph as ignorable whitespace; they separate words. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        block.append(ch, start, length);
    }

    private void flush() {
        if (block.isEmpty()) {
            return;
        }
        for (String piece : BLANK_LINE.split(block)) {
            String text = WHITESPACE.matcher(piece).replaceAll(" ").strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        block.setLength(0);
        context.checkCancelled();
    }
}
