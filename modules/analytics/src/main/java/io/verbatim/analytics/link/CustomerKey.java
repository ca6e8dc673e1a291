package io.verbatim.analytics.link;

import io.verbatim.domain.text.TextHash;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key by which one customer is recognised across sources: a survey's customer id or e-mail, a ticket's requester, a
 * CRM export's hashed e-mail. E-mail addresses are compared as the SHA-256 of their trimmed, lower-cased text, so a
 * file that only carries hashed e-mails (as privacy-minded exports do) links with one that carries them in clear, and
 * the key itself never shows an address. Other ids are compared as written, trimmed. A blank cell has no key.
 */
public final class CustomerKey {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final String HASHED = "sha256:";

    private CustomerKey() {}

    /** The key of a cell, or null when it is blank. */
    public static String of(String cell) {
        String value = cell == null ? "" : cell.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (EMAIL.matcher(value).matches()) {
            return HASHED + TextHash.sha256(value.toLowerCase(Locale.ROOT));
        }
        if (SHA256_HEX.matcher(value).matches()) {
            return HASHED + value.toLowerCase(Locale.ROOT);
        }
        return value;
    }
}
