package io.verbatim.ingest.source;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.report.ProblemRule;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams a CSV strictly, so malformed bytes and unterminated quotes become errors with a line and column instead of
 * silently wrong data. A file in UTF-8 or a single-byte code page is split on its bytes ({@link ByteCsvParser}); any
 * other encoding (UTF-16) is decoded first and read through FastCSV, whose buffer {@link CellRowHandler} turns into
 * rows. Both read the same syntax the same way. Ragged rows are passed on as they are: whether fewer or more cells
 * than the header is acceptable is the survey reader's decision.
 */
public final class CsvRowSource implements RowSource {

    private static final int READ_BLOCK = 1 << 20;

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("\\(record starting at line (\\d+)\\)");

    private final Path file;
    private final DetectedEncoding encoding;
    private final char delimiter;
    private final long size;
    private final boolean charBased;
    private CountingInputStream counter;
    private ByteCsvParser parser;

    public CsvRowSource(Path file, DetectedEncoding encoding, char delimiter, long size) {
        this(file, encoding, delimiter, size, false);
    }

    private CsvRowSource(Path file, DetectedEncoding encoding, char delimiter, long size, boolean charBased) {
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.size = size;
        this.charBased = charBased;
    }

    /** The same file read through FastCSV whatever its encoding; the tests hold the byte reader against it. */
    CsvRowSource charBased() {
        return new CsvRowSource(file, encoding, delimiter, size, true);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String encoding() {
        return encoding.charset().name();
    }

    @Override
    public char delimiter() {
        return delimiter;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long bytesRead() {
        if (parser != null) {
            return parser.bytesRead();
        }
        return counter == null ? 0 : counter.count();
    }

    @Override
    public void read(RowSink sink) {
        ByteFailures failures = new ByteFailures();
        EncodedText text = charBased || !ByteCsvParser.supports(delimiter)
                ? null
                : EncodedText.of(encoding.charset(), failures::malformedBytes);
        if (text == null) {
            readChars(sink);
        } else {
            readBytes(sink, text, failures);
        }
    }

    private void readBytes(RowSink sink, EncodedText text, ByteFailures failures) {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            parser = new ByteCsvParser(file, in, text, delimiter, failures);
            for (SourceRow row = parser.next(); row != null; row = parser.next()) {
                if (!sink.accept(row)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    private void readChars(RowSink sink) {
        // Read in large blocks: the decoder asks for 8 KB at a time, and a read call each time was a tenth of the
        // reading thread's time on a 100 MB file.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), READ_BLOCK);
                CountingInputStream counting = new CountingInputStream(in);
                Reader reader = new InputStreamReader(counting, strictDecoder());
                CsvReader<SourceRow> csv = CsvReader.builder()
                        .fieldSeparator(delimiter)
                        .allowUnclosedQuote(false)
                        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .build(new CellRowHandler(file), reader)) {
            counter = counting;
            counting.skipNBytes(encoding.bomLength());
            for (SourceRow row : csv) {
                if (!sink.accept(row)) {
                    return;
                }
            }
        } catch (CsvParseException e) {
            throw parseFailure(e);
        } catch (UncheckedIOException e) {
            throw ioFailure(e.getCause());
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    @Override
    public boolean endsWithoutLineBreak() {
        int unit = encoding.charset().name().startsWith("UTF-16") ? 2 : 1;
        if (size < unit) {
            return false;
        }
        try (var channel = Files.newByteChannel(file)) {
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(unit);
            channel.position(size - unit);
            while (last.hasRemaining() && channel.read(last) >= 0) {
                // a file channel fills the buffer in one read; the loop only guards against short reads
            }
            String tail = new String(last.array(), encoding.charset());
            return !(tail.endsWith("\n") || tail.endsWith("\r"));
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    private CharsetDecoder strictDecoder() {
        return encoding.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private ImportException parseFailure(CsvParseException e) {
        if (e.getCause() instanceof ImportException refused) {
            // CellRowHandler's own refusal (a NUL, a field too large) already says where; FastCSV only wrapped it.
            return refused;
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("Unclosed quoted field")) {
            return unclosedQuote(e);
        }
        if (message.contains("Unexpected character after closing quote")) {
            ImportException located = textAfterClosingQuote(e);
            if (located != null) {
                return located;
            }
        }
        Matcher line = LINE_IN_MESSAGE.matcher(message);
        long lineNumber = line.find() ? Long.parseLong(line.group(1)) : 0;
        String reason = LINE_IN_MESSAGE.matcher(message).replaceAll("").strip();
        return new ImportException(ProblemRule.MALFORMED_CSV, file, lineNumber, 0, "malformed CSV: " + reason, e);
    }

    private ImportException unclosedQuote(Exception cause) {
        CsvErrorLocator.Position at = new CsvErrorLocator(file, encoding, delimiter).openQuoteAtEnd();
        return new ImportException(
                ProblemRule.QUOTE,
                file,
                at.line(),
                at.column(),
                "a quoted field starts here but is never closed before the end of the file;"
                        + " the file is probably truncated or has a stray quote",
                cause);
    }

    /** The refusal for text right after a closing quote, or null when the locator finds no such place. */
    private ImportException textAfterClosingQuote(Exception cause) {
        CsvErrorLocator.Position at = new CsvErrorLocator(file, encoding, delimiter).textAfterClosingQuote();
        if (at == null) {
            return null;
        }
        return new ImportException(
                ProblemRule.QUOTE,
                file,
                at.line(),
                at.column(),
                "text follows the closing quote of this field; quote the whole answer and double every quote"
                        + " inside it (\"\")",
                cause);
    }

    /** How the byte reader's syntax and encoding errors are told: as the FastCSV path tells them. */
    private final class ByteFailures implements ByteCsvParser.Failures {
        @Override
        public ImportException unclosedQuote() {
            return CsvRowSource.this.unclosedQuote(null);
        }

        @Override
        public ImportException textAfterClosingQuote() {
            ImportException located = CsvRowSource.this.textAfterClosingQuote(null);
            return located != null
                    ? located
                    : new ImportException(ProblemRule.MALFORMED_CSV, file, 0, 0, "malformed CSV: text after a quote");
        }

        @Override
        public ImportException malformedBytes() {
            return ioFailure(new CharacterCodingException());
        }
    }

    private ImportException ioFailure(IOException e) {
        if (e instanceof CharacterCodingException) {
            CsvErrorLocator.Position at = new CsvErrorLocator(file, encoding, delimiter).firstMalformedByte();
            return new ImportException(
                    ProblemRule.ENCODING,
                    file,
                    at.line(),
                    at.column(),
                    "invalid " + encoding.charset().name() + " byte sequence: the file mixes encodings or is not text;"
                            + " save it again as UTF-8 CSV",
                    e);
        }
        return new ImportException(ProblemRule.UNREADABLE, file, 0, 0, "cannot be read: " + e.getMessage(), e);
    }
}
