package io.verbatim.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a CSV went wrong, after FastCSV said that it did. FastCSV names the record but not the field, and a
 * decoder failure names neither; this second, error-path-only scan tracks physical lines, quoting and field positions
 * so the user is told the line and column to look at. It does not produce data.
 */
final class CsvErrorLocator {

    /** A 1-based line and column (field) in the file. */
    record Position(long line, int column) {}

    private final Path file;
    private final DetectedEncoding encoding;
    private final char delimiter;

    private long line = 1;
    private int field = 1;
    private boolean inQuotes;
    private boolean afterQuote;
    private boolean fieldStart = true;
    private boolean previousCr;
    private Position quoteStart = new Position(1, 1);
    private Position textAfterClosingQuote;

    CsvErrorLocator(Path file, DetectedEncoding encoding, char delimiter) {
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
    }

    /** Where the quoted field that is still open at the end of the file started. */
    Position openQuoteAtEnd() {
        Position malformed = scan(CodingErrorAction.REPLACE);
        return malformed != null ? malformed : quoteStart;
    }

    /**
     * Where the first character sits that follows a closing quote without a delimiter or a line break in between
     * ({@code "a"b}), or null when there is none.
     */
    Position textAfterClosingQuote() {
        scan(CodingErrorAction.REPLACE);
        return textAfterClosingQuote;
    }

    /** Where the first byte sequence the charset cannot decode is. */
    Position firstMalformedByte() {
        Position malformed = scan(CodingErrorAction.REPORT);
        return malformed != null ? malformed : new Position(line, field);
    }

    private Position scan(CodingErrorAction onMalformed) {
        CharsetDecoder decoder =
                encoding.charset().newDecoder().onMalformedInput(onMalformed).onUnmappableCharacter(onMalformed);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                consume(chars);
                chars.clear();
                if (result.isError()) {
                    return new Position(line, field);
                }
                bytes.compact();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void consume(CharBuffer chars) {
        while (chars.hasRemaining()) {
            char c = chars.get();
            boolean lineEnd = c == '\n' ? !previousCr : c == '\r';
            previousCr = c == '\r';
            if (inQuotes) {
                if (c == '"') {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else if (c == '"' && (fieldStart || afterQuote)) {
                // At a field start a quote opens the field; right after a closing quote it is an escaped quote.
                if (fieldStart) {
                    quoteStart = new Position(line, field);
                }
                inQuotes = true;
                afterQuote = false;
                fieldStart = false;
            } else if (c == delimiter) {
                field++;
                fieldStart = true;
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                field = 1;
                fieldStart = true;
                afterQuote = false;
            } else {
                if (afterQuote && textAfterClosingQuote == null) {
                    textAfterClosingQuote = new Position(line, field);
                }
                fieldStart = false;
                afterQuote = false;
            }
            if (lineEnd) {
                line++;
            }
        }
    }
}
