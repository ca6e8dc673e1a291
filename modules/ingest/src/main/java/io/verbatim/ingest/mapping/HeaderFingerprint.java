package io.verbatim.ingest.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The shape of a file as a saved preset remembers it: a SHA-256 over the header row, each header reduced by
 * {@link HeaderNames#normalise} so that {@code Created at} and {@code created_at} are the same shape, in column order.
 * Two exports of one report share it; adding, removing, renaming or reordering a column changes it, and then the
 * preset is no longer offered by itself.
 */
public final class HeaderFingerprint {

    private HeaderFingerprint() {}

    /** 64 hex digits, or the empty string for a file without a header row (never matched). */
    public static String of(List<String> headers) {
        if (headers.isEmpty()) {
            return "";
        }
        MessageDigest digest = sha256();
        for (String header : headers) {
            digest.update(HeaderNames.normalise(header).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
