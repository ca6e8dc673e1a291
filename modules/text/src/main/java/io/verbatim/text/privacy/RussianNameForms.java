package io.verbatim.text.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * The case forms of a Russian first name made from its nominative, so the name lists need list only {@code Иван} to
 * find {@code Ивану}, {@code Ивана}, {@code Иваном}: the regular first and second declensions, by the name's ending.
 * Forms are lower case with {@code ё} folded to {@code е}, as {@link NameFinder} compares them. Fleeting vowels
 * ({@code Павел → Павла}) are not made here; the name list gives them.
 */
final class RussianNameForms {

    private static final String HUSHING = "жшщчц";
    private static final String VELAR_OR_HUSHING = "гкхжшщч";

    private RussianNameForms() {}

    /** The nominative and its genitive, dative, accusative, instrumental and prepositional forms. */
    static List<String> of(String nominative) {
        String name = NameFinder.fold(nominative);
        List<String> forms = new ArrayList<>();
        forms.add(name);
        int n = name.length();
        if (n < 2) {
            return forms;
        }
        char last = name.charAt(n - 1);
        String stem = name.substring(0, n - 1);
        if (name.endsWith("ий")) {
            String base = name.substring(0, n - 2);
            addAll(forms, base, "ия", "ию", "ием", "ии");
        } else if (last == 'й') {
            addAll(forms, stem, "я", "ю", "ем", "е");
        } else if (name.endsWith("ия") || name.endsWith("ья")) {
            addAll(forms, stem, "и", "ю", "ей", "е", "ею");
        } else if (last == 'я') {
            addAll(forms, stem, "и", "е", "ю", "ей", "ею");
        } else if (last == 'а') {
            char before = stem.charAt(stem.length() - 1);
            forms.add(stem + (VELAR_OR_HUSHING.indexOf(before) >= 0 ? "и" : "ы"));
            boolean hushing = HUSHING.indexOf(before) >= 0;
            addAll(forms, stem, "е", "у", hushing ? "ей" : "ой", hushing ? "ею" : "ою");
        } else if (last == 'ь') {
            addAll(forms, stem, "я", "ю", "ем", "е");
        } else if ("аеиоуыэюя".indexOf(last) < 0) {
            addAll(forms, name, "а", "у", HUSHING.indexOf(last) >= 0 ? "ем" : "ом", "е");
        }
        return forms;
    }

    private static void addAll(List<String> forms, String stem, String... endings) {
        for (String ending : endings) {
            forms.add(stem + ending);
        }
    }
}
