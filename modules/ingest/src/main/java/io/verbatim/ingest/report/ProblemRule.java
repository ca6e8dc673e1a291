package io.verbatim.ingest.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule a problem broke, with a short stable id: the id is what an error report's {@code rule} column and the
 * command line's JSON carry, and what the desktop looks its translated description up by. Ids never change once
 * released; add new rules instead.
 */
public enum ProblemRule {
    /** A canonical number column (reach, minutes) holds a cell that is not a number. */
    NUMBER,
    /** A canonical date column holds a cell that is not a date, or not of the shape of the cells above it. */
    DATE,
    /** A help-desk duration column (response or resolution time) holds a cell that is not a duration. */
    DURATION,
    /** A row has more non-blank cells than the header has columns. */
    RAGGED_ROW,
    /** The file ends in the middle of a row. */
    TRUNCATED,
    /** Bytes that are not valid in the file's encoding. */
    ENCODING,
    /** Binary data (NUL and control bytes) in what should be text. */
    BINARY,
    /** A quote that is never closed, or text after a closing quote. */
    QUOTE,
    /** Any other CSV syntax error. */
    MALFORMED_CSV,
    /** No header row, no rows, no text. */
    EMPTY_FILE,
    /** Not a kind of export Verbatim reads (JSON where a table was expected, an unknown JSON layout). */
    UNKNOWN_KIND,
    /** A password-protected workbook or document, or an old binary .xls. */
    ENCRYPTED,
    /** A workbook that expands to far more than its size suggests, or declares XML entities. */
    ZIP_BOMB,
    /** A cell larger than any answer needs. */
    CELL_TOO_LARGE,
    /** A workbook or document that is corrupt or incomplete. */
    CORRUPT_FILE,
    /** Syntax errors in a JSON file. */
    MALFORMED_JSON,
    /** A mapping file or preset that does not fit the file. */
    MAPPING,
    /** The file cannot be opened or read at all. */
    UNREADABLE,
    /** Anything not named above. */
    OTHER;

    /** The stable id: the constant's name in lower case with hyphens, e.g. {@code ragged-row}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rule with this id, if there is one. */
    public static Optional<ProblemRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }
}
