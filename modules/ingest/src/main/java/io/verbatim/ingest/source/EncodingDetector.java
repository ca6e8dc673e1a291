package io.verbatim.ingest.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the character set of a text export from its first bytes. Hand-written on purpose (ADR 0011): the cases that
 * occur in CX exports are few (UTF-8 with or without BOM, UTF-16 from Excel's "Unicode text", and the two legacy
 * Windows code pages of our users), and a general detector library would be a large dependency for them.
 */
public final class EncodingDetector {

    /** How many bytes are enough to decide; exports are either consistent or broken, and broken is caught later. */
    public static final int SAMPLE_BYTES = 64 * 1024;

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @param sample the first bytes of the file
     * @param length how many bytes of {@code sample} are filled
     * @param wholeFile true when the sample is the whole file (a sequence cut at its end is then really broken)
     */
    public DetectedEncoding detect(byte[] sample, int length, boolean wholeFile) {
        DetectedEncoding bom = byteOrderMark(sample, length);
        if (bom != null) {
            return bom;
        }
        Charset utf16 = utf16WithoutBom(sample, length);
        if (utf16 != null) {
            return new DetectedEncoding(utf16, 0);
        }
        Utf8Scan scan = Utf8Scan.of(sample, length, wholeFile);
        if (scan.valid() || mostlyUtf8(scan)) {
            // A UTF-8 file with a few broken bytes stays UTF-8: the strict decoder then reports the broken line,
            // instead of silently turning every accented letter into two wrong ones.
            return new DetectedEncoding(StandardCharsets.UTF_8, 0);
        }
        return new DetectedEncoding(looksCyrillic(sample, length) ? WINDOWS_1251 : WINDOWS_1252, 0);
    }

    private static DetectedEncoding byteOrderMark(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new DetectedEncoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new DetectedEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new DetectedEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /**
     * Text in UTF-16 without a BOM is mostly ASCII characters, so every other byte is zero: the even bytes for
     * big-endian, the odd ones for little-endian. Binary files have zeros scattered over both.
     */
    private static Charset utf16WithoutBom(byte[] b, int length) {
        int pairs = length / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean mostlyUtf8(Utf8Scan scan) {
        return scan.multibyte() >= 8 && scan.invalid() * 20 <= scan.multibyte();
    }

    /**
     * In windows-1251 every Cyrillic letter is a byte in 0xC0–0xFF, so Russian text is dense with them; Western
     * European text in windows-1252 uses that range only for the occasional accented letter among ASCII ones.
     */
    private static boolean looksCyrillic(byte[] b, int length) {
        int cyrillic = 0;
        int asciiLetters = 0;
        for (int i = 0; i < length; i++) {
            int v = b[i] & 0xFF;
            if (v >= 0xC0) {
                cyrillic++;
            } else if ((v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z')) {
                asciiLetters++;
            }
        }
        return cyrillic > 0 && cyrillic >= 0.3 * (cyrillic + asciiLetters);
    }
}
