package io.verbatim.ingest;

import java.nio.file.Path;

/**
 * A file that cannot be imported, with where and why. {@link #getMessage()} is the one line the user sees:
 * {@code file:line:column: what was wrong}.
 */
public class ImportException extends RuntimeException {

    private final String file;
    private final long line;
    private final int column;
    private final String reason;

    /**
     * @param file the file's name
     * @param line 1-based physical line in the file where the problem is, or 0 when it concerns the whole file
     * @param column 1-based column, or 0 when it concerns a whole line or file
     * @param reason what was wrong, in words the user can act on
     */
    public ImportException(Path file, long line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    public ImportException(Path file, long line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(Path file, long line, int column, String reason) {
        StringBuilder where = new StringBuilder(String.valueOf(file.getFileName()));
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.append(": ").append(reason).toString();
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
