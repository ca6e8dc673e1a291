package io.verbatim.ingest.source;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The character set a text file was found to use.
 *
 * @param charset how to decode the bytes after the byte-order mark
 * @param bomLength bytes of byte-order mark to skip before decoding (0 when there is none)
 */
public record DetectedEncoding(Charset charset, int bomLength) {

    public DetectedEncoding {
        Objects.requireNonNull(charset, "charset");
    }

    public boolean isUtf16() {
        return charset.name().startsWith("UTF-16");
    }
}
