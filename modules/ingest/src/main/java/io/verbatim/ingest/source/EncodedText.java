package io.verbatim.ingest.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes the text of a cell's bytes as strictly as a reporting decoder would: a NUL character gives null (the reader
 * refuses binary data with its position), a byte sequence the encoding does not allow throws the reader's error. For
 * UTF-8 and the single-byte code pages exports come in; {@link #of} says which.
 */
final class EncodedText implements RepeatedText.CellDecoder {

    /** Code pages with one byte a character and ASCII in the lower half, as the encoding detector reports them. */
    private static final Set<String> SINGLE_BYTE = Set.of("US-ASCII", "ISO-8859-1", "windows-1251", "windows-1252");

    private final Charset charset;
    private final boolean utf8;
    /** For a single-byte code page: the bytes that stand for no character. */
    private final boolean[] unmapped;

    private final Supplier<? extends RuntimeException> malformed;

    private EncodedText(Charset charset, Supplier<? extends RuntimeException> malformed) {
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.unmapped = utf8 ? null : unmappedBytes(charset);
        this.malformed = malformed;
    }

    /**
     * The decoder for {@code charset}, or null when cells in it cannot be told apart byte by byte (UTF-16, multi-byte
     * Asian encodings): those files take the character-based reader.
     *
     * @param malformed the error to throw for bytes that are not valid in the encoding
     */
    static EncodedText of(Charset charset, Supplier<? extends RuntimeException> malformed) {
        boolean supported = charset.equals(StandardCharsets.UTF_8) || SINGLE_BYTE.contains(charset.name());
        return supported ? new EncodedText(charset, malformed) : null;
    }

    @Override
    public String text(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int high = 0;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            if (b == 0) {
                return null;
            }
            high |= b;
        }
        if (high >= 0) {
            // Pure ASCII, the same in every supported encoding: Latin-1 is the cheapest way to make it.
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (utf8) {
            if (Utf8Scan.firstInvalid(bytes, offset, end) >= 0) {
                throw malformed.get();
            }
        } else {
            for (int i = offset; i < end; i++) {
                if (unmapped[bytes[i] & 0xFF]) {
                    throw malformed.get();
                }
            }
        }
        return new String(bytes, offset, length, charset);
    }

    private static boolean[] unmappedBytes(Charset charset) {
        boolean[] unmapped = new boolean[256];
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int b = 0; b < 256; b++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
            } catch (CharacterCodingException e) {
                unmapped[b] = true;
            }
        }
        return unmapped;
    }
}
