package io.verbatim.ingest.document;

import io.verbatim.domain.job.JobContext;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ProblemRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads documents with Apache Tika's auto-detecting parser, limited to the parser modules the build ships (PDF,
 * Microsoft, text, HTML, mail). Text beyond a character limit stops the parse, attachments are skipped (see
 * {@link MailBodyOnly}), and nothing outside the file is ever fetched: the parsers in these modules do not resolve
 * external links, images or entities.
 */
public final class TikaDocumentReader implements DocumentReader {

    /** Characters of text a document may have: a few thousand pages, and about 100 MB of heap while it is read. */
    public static final int DEFAULT_MAX_CHARACTERS = 50_000_000;

    private static final String UNKNOWN = "application/octet-stream";
    private static final Map<String, String> FORMATS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/x-tika-ooxml-protected", "docx",
            "application/msword", "doc",
            "application/rtf", "rtf",
            "application/pdf", "pdf",
            "text/html", "html",
            "application/xhtml+xml", "html",
            "text/plain", "txt",
            "message/rfc822", "eml");
    private static final int MAX_CAUSE_LENGTH = 120;

    private final int maxCharacters;

    public TikaDocumentReader() {
        this(DEFAULT_MAX_CHARACTERS);
    }

    /** @param maxCharacters characters of text beyond which a document is refused as too large */
    public TikaDocumentReader(int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    /** The short format name ({@code pdf}, {@code docx}) of a media type this reader handles, or null. */
    static String formatOf(String mediaType) {
        return FORMATS.get(mediaType);
    }

    @Override
    public String mediaType(Path file) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return Engine.PARSER
                    .getDetector()
                    .detect(in, metadata)
                    .getBaseType()
                    .toString();
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    @Override
    public DocumentContent read(Path file, JobContext context) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportException(
                    ProblemRule.UNREADABLE, file, 0, 0, "cannot read the file; check that it exists and is not locked");
        }
        String mediaType = mediaType(file);
        String format = formatOf(mediaType);
        if (format == null) {
            throw new ImportException(
                    ProblemRule.UNKNOWN_KIND,
                    file,
                    0,
                    0,
                    "not a document Verbatim can read (detected " + mediaType
                            + "); import DOCX, DOC, RTF, PDF, HTML, TXT or EML files");
        }
        if (mediaType.equals("application/x-tika-ooxml-protected")) {
            throw new ImportException(ProblemRule.ENCRYPTED, file, 0, 0, passwordProtected(format));
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
        ParagraphCollector collector = new ParagraphCollector(context);
        parse(file, format, metadata, collector, context);
        List<String> paragraphs = collector.paragraphs();
        if (paragraphs.isEmpty()) {
            throw new ImportException(
                    ProblemRule.EMPTY_FILE,
                    file,
                    0,
                    0,
                    "the " + label(format)
                            + " has no text to import; a scanned PDF needs text recognition (OCR) first");
        }
        String encoding = metadata.get(Metadata.CONTENT_ENCODING);
        return new DocumentContent(
                format, encoding == null ? format : encoding, paragraphs, properties(format, metadata));
    }

    private void parse(Path file, String format, Metadata metadata, ParagraphCollector collector, JobContext context) {
        ParseContext parseContext = new ParseContext();
        parseContext.set(Parser.class, Engine.PARSER);
        parseContext.set(EmbeddedDocumentExtractor.class, new MailBodyOnly(parseContext));
        try (TikaInputStream in = TikaInputStream.get(file)) {
            Engine.PARSER.parse(
                    in,
                    new BodyContentHandler(new WriteOutContentHandler(collector, maxCharacters)),
                    metadata,
                    parseContext);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            context.checkCancelled();
            throw refusal(file, format, e);
        }
    }

    private ImportException refusal(Path file, String format, Exception e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new ImportException(
                    ProblemRule.CELL_TOO_LARGE,
                    file,
                    0,
                    0,
                    "document too large: more than %,d characters of text; split it into smaller files and import again"
                            .formatted(maxCharacters),
                    e);
        }
        if (causes(e).anyMatch(EncryptedDocumentException.class::isInstance)) {
            return new ImportException(ProblemRule.ENCRYPTED, file, 0, 0, passwordProtected(format), e);
        }
        Throwable root = causes(e).reduce((first, second) -> second).orElse(e);
        String detail = String.valueOf(root.getMessage());
        if (detail.length() > MAX_CAUSE_LENGTH) {
            detail = detail.substring(0, MAX_CAUSE_LENGTH) + "…";
        }
        return new ImportException(
                ProblemRule.CORRUPT_FILE,
                file,
                0,
                0,
                "the " + label(format) + " is damaged or incomplete (" + detail
                        + "); open it in its program, save a fresh copy and import again",
                e);
    }

    /**
     * The parser, built on first use and shared: building it loads every parser and detector of the modules (about a
     * second), which a command that imports a CSV should not pay. Tika's parsers are thread-safe.
     */
    private static final class Engine {
        static final AutoDetectParser PARSER = new AutoDetectParser();

        private Engine() {}
    }

    private static Stream<Throwable> causes(Throwable e) {
        return Stream.iterate(e, t -> t != null, Throwable::getCause).limit(20);
    }

    private static String passwordProtected(String format) {
        return "the " + label(format) + " is password-protected; remove the password and import again";
    }

    private static String label(String format) {
        return switch (format) {
            case "docx", "doc" -> "Word document";
            case "pdf" -> "PDF";
            case "rtf" -> "RTF document";
            case "html" -> "HTML page";
            case "eml" -> "e-mail";
            default -> "text file";
        };
    }

    /** E-mail keeps its sender, subject and date under their own names; other documents their title, author, date. */
    private static Map<String, String> properties(String format, Metadata metadata) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (format.equals("eml")) {
            put(properties, "from", first(metadata, Message.MESSAGE_FROM, TikaCoreProperties.CREATOR.getName()));
            put(
                    properties,
                    "subject",
                    first(metadata, TikaCoreProperties.SUBJECT.getName(), TikaCoreProperties.TITLE.getName()));
            put(properties, "sent_at", instant(metadata.getDate(TikaCoreProperties.CREATED)));
        } else {
            put(properties, "title", metadata.get(TikaCoreProperties.TITLE));
            put(properties, "author", String.join("; ", metadata.getValues(TikaCoreProperties.CREATOR)));
            put(properties, "created_at", instant(metadata.getDate(TikaCoreProperties.CREATED)));
        }
        return properties;
    }

    private static String first(Metadata metadata, String... keys) {
        for (String key : keys) {
            String value = metadata.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String instant(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static void put(Map<String, String> properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value.strip());
        }
    }
}
