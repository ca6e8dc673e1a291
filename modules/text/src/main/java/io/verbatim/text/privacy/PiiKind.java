package io.verbatim.text.privacy;

import java.util.Locale;

/**
 * The kinds of personal data {@link PiiMasker} finds in customer text, each replaced by its own token so an analyst can
 * still see that a phone number was there: {@code [email]}, {@code [phone]}, {@code [card]}, {@code [name]}.
 */
public enum PiiKind {
    EMAIL,
    PHONE,
    CARD,
    NAME;

    /** The kind's name as the command line writes it: {@code email}, {@code phone}, {@code card}, {@code name}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The default replacement, the wire name in brackets. */
    public String defaultToken() {
        return "[" + wireName() + "]";
    }

    /**
     * The kind of a wire name, any case.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static PiiKind fromWire(String name) {
        for (PiiKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(name.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown PII kind '" + name + "'; use email, phone, card or name");
    }
}
