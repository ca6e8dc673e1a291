package io.verbatim.text.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces personal data in customer text — e-mail addresses, telephone numbers, payment card numbers and personal
 * names in Russian and English — by tokens ({@code [email]}, {@code [phone]}, {@code [card]}, {@code [name]}), before a
 * dataset leaves the laptop (export, sync). Rules, not a model: what is masked can be explained, and ordinary words,
 * order numbers, dates, prices, cities and brands are left alone (see {@link NameFinder}, {@link CardFinder},
 * {@link PhoneFinder}). Which kinds are masked and the tokens are set when it is built.
 *
 * <p>Immutable and thread-safe.
 */
public final class PiiMasker {

    /** Where two finds overlap, the earlier in this order wins: an e-mail may contain a name, a card many digits. */
    private static final List<PiiKind> ORDER = List.of(PiiKind.EMAIL, PiiKind.CARD, PiiKind.PHONE, PiiKind.NAME);

    private static final Comparator<PiiMatch> PRECEDENCE = Comparator.comparingInt(
                    (PiiMatch m) -> ORDER.indexOf(m.kind()))
            .thenComparingInt(m -> m.start())
            .thenComparingInt(m -> -m.end());

    private final Set<PiiKind> kinds;
    private final Map<PiiKind, String> tokens;
    private final EmailFinder emails = new EmailFinder();
    private final PhoneFinder phones = new PhoneFinder();
    private final CardFinder cards = new CardFinder();
    private final NameFinder names;

    private PiiMasker(Set<PiiKind> kinds, Map<PiiKind, String> tokens, NameLists lists) {
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(PiiKind.class) : EnumSet.copyOf(kinds);
        this.tokens = new EnumMap<>(tokens);
        this.names = new NameFinder(lists);
    }

    /** A masker of every kind with the default tokens. */
    public static PiiMasker allKinds() {
        return builder().build();
    }

    /** A builder starting from every kind and the default tokens. */
    public static Builder builder() {
        return new Builder();
    }

    /** The kinds this masker replaces. */
    public Set<PiiKind> kinds() {
        return kinds.isEmpty() ? EnumSet.noneOf(PiiKind.class) : EnumSet.copyOf(kinds);
    }

    /** The text with personal data of the chosen kinds replaced, and the counts; null is treated as empty. */
    public MaskedText mask(String text) {
        if (text == null || text.isEmpty() || kinds.isEmpty()) {
            return new MaskedText(text == null ? "" : text, Map.of());
        }
        List<PiiMatch> found = new ArrayList<>();
        matches(text, found);
        return found.isEmpty() ? new MaskedText(text, Map.of()) : replace(text, found);
    }

    /** Adds the pieces of personal data of the chosen kinds to {@code out}, in text order, none overlapping. */
    void matches(String text, List<PiiMatch> out) {
        List<PiiMatch> found = new ArrayList<>();
        if (kinds.contains(PiiKind.EMAIL)) {
            emails.find(text, found);
        }
        boolean longNumber = Digits.hasAtLeast(text, 8);
        if (longNumber && kinds.contains(PiiKind.PHONE)) {
            phones.find(text, found);
        }
        if (longNumber && kinds.contains(PiiKind.CARD)) {
            cards.find(text, found);
        }
        if (kinds.contains(PiiKind.NAME)) {
            names.find(text, found);
        }
        out.addAll(withoutOverlaps(found));
    }

    private MaskedText replace(String text, List<PiiMatch> matches) {
        StringBuilder out = new StringBuilder(text.length());
        Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
        int at = 0;
        for (PiiMatch match : matches) {
            out.append(text, at, match.start()).append(tokens.get(match.kind()));
            counts.merge(match.kind(), 1, Integer::sum);
            at = match.end();
        }
        out.append(text, at, text.length());
        return new MaskedText(out.toString(), counts);
    }

    /** The matches that win their overlaps, in text order. */
    private static List<PiiMatch> withoutOverlaps(List<PiiMatch> found) {
        found.sort(PRECEDENCE);
        List<PiiMatch> kept = new ArrayList<>();
        for (PiiMatch match : found) {
            if (kept.stream().noneMatch(k -> k.start() < match.end() && match.start() < k.end())) {
                kept.add(match);
            }
        }
        kept.sort(Comparator.comparingInt(PiiMatch::start));
        return kept;
    }

    /** Chooses the kinds to mask and the token for each. */
    public static final class Builder {
        private final EnumSet<PiiKind> kinds = EnumSet.allOf(PiiKind.class);
        private final Map<PiiKind, String> tokens = new EnumMap<>(PiiKind.class);

        private Builder() {
            for (PiiKind kind : PiiKind.values()) {
                tokens.put(kind, kind.defaultToken());
            }
        }

        /** Masks only these kinds (an empty set masks nothing). */
        public Builder kinds(Set<PiiKind> chosen) {
            kinds.clear();
            kinds.addAll(chosen);
            return this;
        }

        /** Replaces a kind by this token instead of its default. */
        public Builder token(PiiKind kind, String token) {
            tokens.put(kind, java.util.Objects.requireNonNull(token, "token"));
            return this;
        }

        public PiiMasker build() {
            return new PiiMasker(kinds, tokens, NameLists.SHIPPED);
        }
    }
}
