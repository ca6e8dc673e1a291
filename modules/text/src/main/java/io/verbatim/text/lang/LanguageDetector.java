package io.verbatim.text.lang;

import io.verbatim.text.token.WordTokenizer;
import java.util.List;
import java.util.Set;

/**
 * Tells whether a customer text is Russian, English or something else, fast enough to run on every row of a dataset
 * (tens of thousands of texts a second) and sensibly on the one-word answers surveys are full of.
 *
 * <p>It decides by script first: the share of Cyrillic against Latin letters picks the side, and a tie (the two within
 * a tenth of each other) goes to the side whose function words occur more. On the Cyrillic side, letters Russian does
 * not have ({@code і ї є ґ ў ј ә …}) or Ukrainian/Bulgarian/Serbian function words make a text "other"; Russian
 * function words or letters ({@code ы э ъ ё}) make it Russian. On the Latin side, English function words make it
 * English, German/French/Spanish/Italian/Portuguese or transliterated-Russian ones make it "other". Only a long Latin text
 * the markers leave unclear is handed to Apache OpenNLP's n-gram detector ({@code opennlp-models-langdetect}), which is
 * loaded on first use. OpenNLP is not asked about Cyrillic text: it reads colloquial Russian as Ukrainian or Bulgarian
 * too often, and those languages show themselves by their letters and words anyway. A short unclear text is taken to be
 * the language of its script, as Verbatim's customers write Russian and English. Fewer than two letters (digits, emoji,
 * "k") is "other". Twitter handles, hashtags and links are not read: they are Latin whatever the language.
 *
 * <p>Thread-safe: it holds no state but a per-thread OpenNLP detector over one shared, read-only model.
 */
public final class LanguageDetector {

    /** Letters of the text's script from which OpenNLP is asked when the markers do not decide. */
    static final int LONG_TEXT_LETTERS = 30;

    /** Only the beginning of a long text is read: a thousand characters tell its language as well as the whole. */
    static final int MAX_CHARS = 1000;

    private final OpenNlpLanguages openNlp = new OpenNlpLanguages();

    /** The language of a text; {@link TextLanguage#OTHER} for null, blank, too short or another language. */
    public TextLanguage detect(String text) {
        if (text == null || text.isBlank()) {
            return TextLanguage.OTHER;
        }
        text = SocialTokens.strip(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        ScriptCounts counts = ScriptCounts.of(text);
        int latin = counts.latin();
        int cyrillic = counts.cyrillic;
        if (cyrillic + latin + counts.otherLetters < 2 || counts.otherLetters > cyrillic + latin) {
            return TextLanguage.OTHER;
        }
        List<String> words = WordTokenizer.words(text);
        int ruHits = count(words, LanguageMarkers.RUSSIAN);
        int enHits = count(words, LanguageMarkers.ENGLISH);
        boolean cyrillicSide;
        if (cyrillic > 0 && latin > 0 && Math.abs(cyrillic - latin) * 10 <= cyrillic + latin) {
            cyrillicSide = ruHits >= enHits;
        } else {
            cyrillicSide = cyrillic > latin;
        }
        return cyrillicSide ? cyrillic(counts, words, ruHits) : latin(text, counts, words, enHits);
    }

    private static TextLanguage cyrillic(ScriptCounts counts, List<String> words, int ruHits) {
        if (counts.otherCyrillic > 0 && counts.otherCyrillic >= counts.russianOnly) {
            return TextLanguage.OTHER;
        }
        int otherHits = count(words, LanguageMarkers.OTHER_CYRILLIC);
        if (otherHits > ruHits || (otherHits > 0 && otherHits == ruHits && counts.russianOnly == 0)) {
            return TextLanguage.OTHER;
        }
        return TextLanguage.RU;
    }

    private TextLanguage latin(String text, ScriptCounts counts, List<String> words, int enHits) {
        int otherHits = count(words, LanguageMarkers.OTHER_LATIN);
        if (otherHits > enHits) {
            return TextLanguage.OTHER;
        }
        boolean plainLetters = counts.latinAccented * 20 <= counts.latin();
        if (enHits > 0 && otherHits == 0 && plainLetters) {
            return TextLanguage.EN;
        }
        if (counts.latin() >= LONG_TEXT_LETTERS) {
            return "eng".equals(openNlp.best(text)) ? TextLanguage.EN : TextLanguage.OTHER;
        }
        if (otherHits == 0 && counts.latinAccented == 0) {
            return TextLanguage.EN;
        }
        return enHits > otherHits ? TextLanguage.EN : TextLanguage.OTHER;
    }

    private static int count(List<String> words, Set<String> markers) {
        int hits = 0;
        for (String word : words) {
            if (markers.contains(word)) {
                hits++;
            }
        }
        return hits;
    }
}
