package io.verbatim.text.lang;

/**
 * How many letters of each script a text has, the first thing {@link LanguageDetector} looks at: Cyrillic (and among
 * them letters only Russian uses, and letters Russian does not have), plain Latin, accented Latin, and any other letter
 * (Greek, Arabic, CJK…). Digits, punctuation and emoji are not counted.
 */
final class ScriptCounts {

    private static final String RUSSIAN_ONLY = "ыэъё";
    private static final String CYRILLIC_CONSONANTS = "бвгджзйклмнпрстфхцчшщ";
    private static final String OTHER_CYRILLIC = "іїєґўђјљњћџѓќѕәғқңөұүһӣӯҷҳ";

    int cyrillic;
    int russianOnly;
    int otherCyrillic;
    int latinPlain;
    int latinAccented;
    int otherLetters;

    private ScriptCounts() {}

    static ScriptCounts of(String text) {
        ScriptCounts counts = new ScriptCounts();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                counts.latinPlain++;
            } else if (c >= '\u0400' && c <= '\u04FF') {
                counts.cyrillic++;
                char lower = Character.toLowerCase(c);
                if (lower == 'ъ' && i + 1 < length && isConsonant(text.charAt(i + 1))) {
                    counts.otherCyrillic++; // Bulgarian "ъ" is a vowel; Russian writes it before е, ё, ю, я only
                } else if (RUSSIAN_ONLY.indexOf(lower) >= 0) {
                    counts.russianOnly++;
                } else if (OTHER_CYRILLIC.indexOf(lower) >= 0) {
                    counts.otherCyrillic++;
                }
            } else if (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7') {
                counts.latinAccented++;
            } else if (c > 127 && Character.isLetter(c)) {
                counts.otherLetters++;
            }
        }
        return counts;
    }

    private static boolean isConsonant(char c) {
        return CYRILLIC_CONSONANTS.indexOf(Character.toLowerCase(c)) >= 0;
    }

    int latin() {
        return latinPlain + latinAccented;
    }
}
