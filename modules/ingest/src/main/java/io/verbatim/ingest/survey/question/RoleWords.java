package io.verbatim.ingest.survey.question;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words that tell which metric a rating question feeds, in English and Russian. Word stems are used where Russian
 * inflects ("порекомендуете", "рекомендовать").
 */
final class RoleWords {

    /**
     * "Likely" and "вероятно" alone are common in prose ("the commission is likely to…"), so only the question forms
     * count.
     */
    private static final Pattern RECOMMEND = words(
            "recommend",
            "how likely",
            "likelihood",
            "\\bnps\\b",
            "рекомендов",
            "порекомендуе",
            "порекомендова",
            "вероятность",
            "насколько вероятно");

    private static final Pattern EMPLOYER = words(
            "\\bwork\\b",
            "\\bworking\\b",
            "employer",
            "place to work",
            "\\benps\\b",
            "работодател",
            "место работы",
            "месте работы",
            "место для работы");
    private static final Pattern SATISFACTION = words("satisf", "\\bcsat\\b", "доволен", "довольн", "удовлетвор");
    private static final Pattern EASE = words(
            "\\beasy\\b", "\\beasier\\b", "\\bease\\b", "effort", "\\bces\\b", "легко", "усили", "просто", "\\bудобн");
    private static final Pattern EASY = words("\\beasy\\b", "\\beasier\\b", "\\bease\\b", "легко", "просто", "удобн");
    private static final Pattern EFFORT = words("effort", "усили");

    private final String text;

    RoleWords(String key, String label) {
        this.text = (key + " " + label).toLowerCase(Locale.ROOT);
    }

    boolean recommend() {
        return RECOMMEND.matcher(text).find();
    }

    boolean employer() {
        return EMPLOYER.matcher(text).find();
    }

    boolean satisfaction() {
        return SATISFACTION.matcher(text).find();
    }

    boolean ease() {
        return EASE.matcher(text).find();
    }

    /** "How much effort did it take?" with 1 = little effort: the low end is the good one. */
    boolean effortWording() {
        return EFFORT.matcher(text).find() && !EASY.matcher(text).find();
    }

    private static Pattern words(String... alternatives) {
        return Pattern.compile(String.join("|", alternatives), Pattern.UNICODE_CHARACTER_CLASS);
    }
}
