package io.verbatim.text.taxonomy;

/**
 * A taxonomy file that cannot be read: which file, which line, what is wrong there. The message reads
 * {@code file:line: what is wrong}, ready to show the analyst as one line.
 */
public final class TaxonomyParseException extends RuntimeException {

    private final String file;
    private final int line;

    public TaxonomyParseException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file's name as given. */
    public String file() {
        return file;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }
}
