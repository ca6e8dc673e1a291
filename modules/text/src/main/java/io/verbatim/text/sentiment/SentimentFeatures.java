package io.verbatim.text.sentiment;

import io.verbatim.text.token.WordStemmer;
import io.verbatim.text.token.WordTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a text into the hashed features the sentiment models read:
 *
 * <ul>
 *   <li>word stems (Snowball, through the shared {@link WordTokenizer} and {@link WordStemmer}) and pairs of adjacent
 *       stems within a clause;
 *   <li>negation: after {@code не, нет, ни, без, not, no, never} or a word ending in {@code n't}, every word up to the
 *       next punctuation mark is a different feature ({@code NEG_хорош} is not {@code хорош});
 *   <li>optionally character 3- to 5-grams of the stems, which carry Russian's many word forms and misspellings;
 *   <li>emoji, {@code !}, {@code ?} and Russian bracket smileys ({@code ))}, {@code ((});
 *   <li>hits in the hand-written {@link SentimentLexicon}, positive or negative, flipped by negation.
 * </ul>
 *
 * Word features are scaled to unit length so long and short texts weigh alike; lexicon hits are added on top.
 *
 * <p>Not thread-safe (the stemmer keeps state): one extractor per thread.
 */
public final class SentimentFeatures {

    /** The value a lexicon hit adds; several hits add up. */
    static final float LEXICON_HIT = 0.5f;

    private static final Set<String> NEGATORS =
            Set.of("не", "нет", "ни", "без", "никогда", "not", "no", "never", "nor", "without", "cannot");
    private static final Set<String> CLAUSE_WORDS = Set.of("но", "однако", "зато", "but", "however", "although");
    private static final String NUMBER = "<num>";

    private final WordStemmer stemmer = new WordStemmer();
    private final SentimentLexicon lexicon;
    private final int mask;
    private final boolean charGrams;
    private final List<String> stems = new ArrayList<>();
    private final List<Boolean> negated = new ArrayList<>();
    private final StringBuilder marked = new StringBuilder();

    /**
     * @param bits the model's bucket count is {@code 2^bits}
     * @param charGrams whether to add character n-grams of stems
     * @param lexicon the lexicon whose hits become features
     */
    public SentimentFeatures(int bits, boolean charGrams, SentimentLexicon lexicon) {
        if (bits < 8 || bits > 26) {
            throw new IllegalArgumentException("bits must be 8..26: " + bits);
        }
        this.mask = (1 << bits) - 1;
        this.charGrams = charGrams;
        this.lexicon = lexicon;
    }

    /** Fills {@code out} with the features of a text (cleared first). */
    public void extract(String text, FeatureVector out) {
        out.clear();
        if (text == null) {
            return;
        }
        int start = 0;
        int opening = 0;
        int closing = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isClauseBreak(c)) {
                clause(text.substring(start, i), out);
                start = i + 1;
                opening += c == '(' ? 1 : 0;
                closing += c == ')' ? 1 : 0;
                if (c == '!' || c == '?') {
                    out.add(FeatureHash.mix(FeatureHash.SIGN + c) & mask, 1f);
                }
            } else if (Character.isSurrogate(c) || (c >= 0x2600 && c <= 0x27BF)) {
                int codePoint = text.codePointAt(i);
                out.add(FeatureHash.mix(FeatureHash.SIGN * 31 + codePoint) & mask, 1f);
                i += Character.charCount(codePoint) - 1;
            }
            i++;
        }
        clause(text.substring(start), out);
        if (closing > opening) {
            out.add(FeatureHash.mix(FeatureHash.SIGN + 1) & mask, 1f);
        } else if (opening > closing) {
            out.add(FeatureHash.mix(FeatureHash.SIGN + 2) & mask, 1f);
        }
        int words = out.size();
        if (words > 0) {
            out.scale(words, (float) (1.0 / Math.sqrt(words)));
        }
        lexiconHits(out);
    }

    private void clause(String clause, FeatureVector out) {
        List<String> words = WordTokenizer.words(clause);
        boolean negating = false;
        String previous = null;
        for (String word : words) {
            if (CLAUSE_WORDS.contains(word)) {
                negating = false;
                previous = null;
                continue;
            }
            boolean number = WordTokenizer.isNumber(word);
            String stem = number ? NUMBER : stemmer.stem(word);
            stems.add(stem);
            negated.add(negating);
            out.add(FeatureHash.of(negating ? FeatureHash.NEGATED : FeatureHash.UNIGRAM, stem) & mask, 1f);
            if (previous != null) {
                out.add(FeatureHash.of(FeatureHash.BIGRAM, previous, stem) & mask, 1f);
            }
            if (charGrams && stem.length() >= 3 && !number) {
                charGrams(stem, negating ? FeatureHash.CHARS ^ FeatureHash.NEGATED : FeatureHash.CHARS, out);
            }
            previous = stem;
            if (NEGATORS.contains(word) || word.endsWith("n't")) {
                negating = true;
            }
        }
        // a clause boundary between two texts' worth of stems: lexicon phrases never span it
        stems.add("");
        negated.add(false);
    }

    private void charGrams(String stem, int kind, FeatureVector out) {
        marked.setLength(0);
        marked.append('<').append(stem).append('>');
        int n = marked.length();
        for (int size = 3; size <= 5; size++) {
            for (int from = 0; from + size <= n; from++) {
                out.add(FeatureHash.ofChars(kind, marked, from, from + size) & mask, 1f);
            }
        }
    }

    private void lexiconHits(FeatureVector out) {
        int positive = 0;
        int negative = 0;
        int count = stems.size();
        int i = 0;
        while (i < count) {
            String stem = stems.get(i);
            i++;
            if (stem.isEmpty()) {
                continue;
            }
            int polarity = 0;
            int used = 1;
            if (lexicon.startsPhrase(stem)) {
                for (int words = SentimentLexicon.MAX_PHRASE_WORDS; words >= 2 && polarity == 0; words--) {
                    polarity = phrase(i - 1, words);
                    used = words;
                }
            }
            if (polarity == 0) {
                polarity = lexicon.polarity(stem);
                used = 1;
            }
            if (polarity == 0) {
                continue;
            }
            if (negated.get(i - 1)) {
                polarity = -polarity;
            }
            if (polarity > 0) {
                positive++;
            } else {
                negative++;
            }
            i += used - 1;
        }
        stems.clear();
        negated.clear();
        if (positive > 0) {
            out.add(lexiconBucket(SentimentLabel.POSITIVE), LEXICON_HIT * positive);
        }
        if (negative > 0) {
            out.add(lexiconBucket(SentimentLabel.NEGATIVE), LEXICON_HIT * negative);
        }
        if (positive > 0 && negative > 0) {
            out.add(FeatureHash.mix(FeatureHash.LEXICON + 2) & mask, 1f);
        }
    }

    /** The bucket counting positive or negative lexicon hits (the trainer starts these with a prior). */
    public int lexiconBucket(SentimentLabel side) {
        return FeatureHash.mix(FeatureHash.LEXICON + (side == SentimentLabel.POSITIVE ? 0 : 1)) & mask;
    }

    private int phrase(int from, int words) {
        if (from + words > stems.size()) {
            return 0;
        }
        StringBuilder key = new StringBuilder(stems.get(from));
        for (int k = 1; k < words; k++) {
            String next = stems.get(from + k);
            if (next.isEmpty()) {
                return 0;
            }
            key.append(' ').append(next);
        }
        return lexicon.polarity(key.toString());
    }

    private static boolean isClauseBreak(char c) {
        return switch (c) {
            case '.', ',', '!', '?', ';', ':', '(', ')', '\n', '\r', '\t', '"', '«', '»', '…', '—' -> true;
            default -> false;
        };
    }
}
