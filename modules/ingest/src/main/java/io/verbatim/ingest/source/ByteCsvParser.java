package io.verbatim.ingest.source;

import io.verbatim.ingest.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Splits a CSV into records straight from its bytes, for files in UTF-8 or a single-byte code page (every encoding in
 * which a delimiter, a quote or a line break is one ASCII byte and never part of another character). It follows
 * FastCSV's reading of RFC 4180 exactly (the test suite holds the two side by side): fields split on the delimiter,
 * records on CR, LF or CRLF; a field that starts with a quote runs to the closing quote, with {@code ""} for a quote
 * inside and line breaks kept; a quote elsewhere is an ordinary character; blank lines are skipped.
 *
 * <p>Why not a char-based parser: decoding every byte to a character and then copying characters into strings was
 * more than half of an import's reading thread. Here a cell is looked up by its bytes ({@link RepeatedText}), so a
 * repeated answer, most cells of a survey, is neither decoded nor checked again; only new text is ({@link EncodedText}).
 *
 * <p>Records are parsed up to the last line break read so far, then the buffer is refilled. Should one still run past
 * the end of the buffer (a quoted answer with line breaks), the buffer is refilled (and grown if the record is longer
 * than it) and the record parsed again from its start, so no state is carried across a refill. Asking for a refill in
 * one place, at the start of a record, matters to the JIT: a branch it has never seen taken is compiled as a trap, and
 * the first refill then cost a recompilation of the whole parser for each such branch.
 */
final class ByteCsvParser {

    private static final byte QUOTE = '"';
    private static final byte LF = '\n';
    private static final byte CR = '\r';
    private static final int BLOCK = 1 << 20;
    /**
     * The first read is this small and each next one twice as large, up to {@link #BLOCK}: the rare paths (a record cut
     * by the end of the buffer, in or outside quotes) are then taken while the JIT is still profiling the parser, not
     * first after it has compiled it on the bet that they never are (each such surprise cost a 50 ms recompile).
     */
    private static final int FIRST_READ = 4096;
    /** Bytes a record may span: a UTF-16 unit takes at most three UTF-8 bytes, so beyond this it has too many. */
    private static final long MAX_RECORD_BYTES = 3L * RecordCells.MAX_RECORD_CHARS;

    private static final int NEED_MORE = -1;
    private static final long QUOTES = ByteScan.pattern(QUOTE);
    private static final long LINE_FEEDS = ByteScan.pattern(LF);
    private static final long CARRIAGE_RETURNS = ByteScan.pattern(CR);

    /** What refuses a file when its syntax or bytes are wrong; the message must say where. */
    interface Failures {
        ImportException unclosedQuote();

        ImportException textAfterClosingQuote();

        ImportException malformedBytes();
    }

    private final InputStream in;
    private final byte delimiter;
    private final long delimiters;
    private final EncodedText text;
    private final Failures failures;
    private final RepeatedText repeats = new RepeatedText();

    private byte[] buffer = new byte[BLOCK];
    private int position;
    private int limit;
    /** Just past the last line break in the buffer (the whole buffer at the end of the input). */
    private int wholeRecordsEnd;

    private boolean endOfInput;
    private long bytesRead;
    private int nextRead = FIRST_READ;
    private long line = 1;

    private final RecordCells cells;
    private byte[] unescaped = new byte[256];

    /** Where the last quoted field ended (just past its closing quote), and how many line breaks it held. */
    private int quotedEnd;

    private int quotedLines;
    private boolean quotedEscapes;

    ByteCsvParser(Path file, InputStream in, EncodedText text, char delimiter, Failures failures) {
        if (!supports(delimiter)) {
            throw new IllegalArgumentException("delimiter " + (int) delimiter + " is not a single ASCII byte");
        }
        this.cells = new RecordCells(file);
        this.in = in;
        this.text = text;
        this.delimiter = (byte) delimiter;
        this.delimiters = ByteScan.pattern(this.delimiter);
        this.failures = failures;
    }

    /** True for a delimiter this parser can split on: one ASCII byte other than a quote or a line break. */
    static boolean supports(char delimiter) {
        return delimiter > 0 && delimiter < 0x80 && delimiter != '"' && delimiter != '\n' && delimiter != '\r';
    }

    /** Bytes taken from the stream so far. */
    long bytesRead() {
        return bytesRead;
    }

    /**
     * The next record, or null at the end of the file.
     *
     * @throws ImportException when the file is malformed, with the line and column
     */
    SourceRow next() throws IOException {
        while (true) {
            int outcome = record();
            if (outcome == NEED_MORE) {
                fill();
            } else if (outcome > 0) {
                repeats.rowDone();
                return cells.row();
            } else if (position == limit && endOfInput) {
                return null;
            }
        }
    }

    /**
     * Parses the record at {@link #position}: 1 when one was read, 0 when a blank line was skipped or the input is
     * exhausted, {@link #NEED_MORE} when the buffer ends inside it (nothing is consumed then).
     */
    private int record() {
        int p = position;
        cells.begin(line);
        if (p >= wholeRecordsEnd) {
            // The one place a refill is normally asked for; the buffer-end checks below are for records with line
            // breaks in quotes that run past the last line break read, and for the last record of a file.
            return endOfInput && p == limit ? 0 : NEED_MORE;
        }
        if (buffer[p] == LF || buffer[p] == CR) {
            int next = afterLineBreak(p);
            if (next == NEED_MORE) {
                return NEED_MORE;
            }
            position = next;
            line++;
            return 0;
        }
        long lines = 0;
        while (true) {
            int end;
            if (p < limit && buffer[p] == QUOTE) {
                if (quoted(p) == NEED_MORE) {
                    return NEED_MORE;
                }
                end = quotedEnd;
                if (end < limit && !isTerminator(buffer[end])) {
                    throw failures.textAfterClosingQuote();
                }
                if (end == limit && !endOfInput) {
                    return NEED_MORE;
                }
                quotedCell(p + 1, end - 1);
                lines += quotedLines;
            } else {
                end = ByteScan.first(buffer, p, limit, delimiters, LINE_FEEDS, CARRIAGE_RETURNS);
                if (end == limit && !endOfInput) {
                    return NEED_MORE;
                }
                add(buffer, p, end - p);
            }
            if (end == limit) {
                position = limit;
                line += lines;
                return 1;
            }
            if (buffer[end] == delimiter) {
                p = end + 1;
                continue;
            }
            int next = afterLineBreak(end);
            if (next == NEED_MORE) {
                return NEED_MORE;
            }
            position = next;
            line += lines + 1;
            return 1;
        }
    }

    private boolean isTerminator(byte b) {
        return b == delimiter || b == LF || b == CR;
    }

    /** The index after the line break at {@code at} (CRLF is one), or NEED_MORE when a CR ends the buffer. */
    private int afterLineBreak(int at) {
        if (buffer[at] == LF) {
            return at + 1;
        }
        if (at + 1 == limit) {
            return endOfInput ? at + 1 : NEED_MORE;
        }
        return buffer[at + 1] == LF ? at + 2 : at + 1;
    }

    /** Finds the end of the quoted field opening at {@code open}; sets {@link #quotedEnd} and its line count. */
    private int quoted(int open) {
        int q = open + 1;
        int lines = 0;
        boolean escapes = false;
        while (true) {
            q = ByteScan.first(buffer, q, limit, QUOTES, LINE_FEEDS, CARRIAGE_RETURNS);
            if (q < limit && buffer[q] != QUOTE) {
                // A line break inside the quotes: a CR, or an LF that does not end a CRLF, starts a new line.
                if (buffer[q] == CR || buffer[q - 1] != CR) {
                    lines++;
                }
                q++;
                continue;
            }
            if (q == limit) {
                if (endOfInput) {
                    throw failures.unclosedQuote();
                }
                return NEED_MORE;
            }
            if (q + 1 == limit && !endOfInput) {
                return NEED_MORE;
            }
            if (q + 1 < limit && buffer[q + 1] == QUOTE) {
                escapes = true;
                q += 2;
                continue;
            }
            quotedEnd = q + 1;
            quotedLines = lines;
            quotedEscapes = escapes;
            return q + 1;
        }
    }

    /** Adds the content of a quoted field, {@code buffer[from..to)}, with each doubled quote made one. */
    private void quotedCell(int from, int to) {
        if (!quotedEscapes) {
            add(buffer, from, to - from);
            return;
        }
        if (unescaped.length < to - from) {
            unescaped = new byte[to - from];
        }
        int length = 0;
        int i = from;
        while (i < to) {
            byte b = buffer[i];
            unescaped[length++] = b;
            // Inside quotes a quote only comes doubled (a single one would have closed the field): keep one.
            i += b == QUOTE ? 2 : 1;
        }
        add(unescaped, 0, length);
    }

    private void add(byte[] bytes, int offset, int length) {
        cells.requireRoom();
        if (length > 3L * RecordCells.MAX_FIELD_CHARS) {
            // A character takes at most three bytes: this cell has too many without decoding it.
            throw cells.fieldTooLarge();
        }
        String cell = repeats.cell(cells.count(), bytes, offset, length, text);
        cells.add(cell, cell == null ? 0 : cell.length());
    }

    /**
     * Keeps the unread part of the buffer and reads more after it, growing the buffer when a single record fills it.
     */
    private void fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            if (buffer.length >= MAX_RECORD_BYTES) {
                throw cells.recordTooLarge();
            }
            buffer = Arrays.copyOf(buffer, (int) Math.min(MAX_RECORD_BYTES, 2L * buffer.length));
        }
        int n = in.read(buffer, limit, Math.min(nextRead, buffer.length - limit));
        nextRead = Math.min(BLOCK, nextRead * 2);
        if (n < 0) {
            endOfInput = true;
        } else {
            limit += n;
            bytesRead += n;
        }
        wholeRecordsEnd = endOfInput ? limit : afterLastLineBreak();
    }

    /**
     * Where the records that surely end inside the buffer end: after its last line break, not counting a CR in the last
     * byte (the next read may bring the LF of a CRLF).
     */
    private int afterLastLineBreak() {
        int i = limit - 1;
        if (i >= position && buffer[i] == CR) {
            i--;
        }
        while (i >= position && buffer[i] != LF && buffer[i] != CR) {
            i--;
        }
        return i + 1;
    }
}
