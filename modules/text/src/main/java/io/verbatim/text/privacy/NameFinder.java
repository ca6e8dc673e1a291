package io.verbatim.text.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal names in Russian and English text without a statistical model, so it behaves the same on every
 * laptop and never masks what it cannot explain. A name starts from evidence: a first name from our lists in any case
 * form ({@code Ивану}, {@code Саше}, {@code John}), a patronymic by its suffix ({@code Петрович}, {@code Ивановны}), or
 * an honorific ({@code г-н}, {@code госпожа}, {@code Mr}, {@code Dr}) followed by a capitalised word. From a first
 * name it reaches to a patronymic or a surname beside it: a Russian surname by its suffix ({@code -ов}, {@code -ина},
 * {@code -ский}, declined), before or after the first name; an English last name as the capitalised word after the
 * first name. A capitalised word on its own (a sentence start, {@code Москва}, {@code Сбербанк}, {@code Apple}) is
 * never a name. Names written in lower case are not found.
 */
final class NameFinder {

    private static final Pattern PATRONYMIC = Pattern.compile(
            "[а-я]{2,}(?:(?:ов|ев)(?:ич|ича|ичу|ичем|иче|на|ны|не|ну|ной|ною)|(?:ин|т)ичн(?:а|ы|е|у|ой|ою)|ильич(?:а|у|ем)?)");
    private static final Pattern RU_SURNAME = Pattern.compile(
            "[а-я-]{2,}(?:(?:ов|ев|ин|ын)(?:а|у|ым|ом|е|ой|ою|ых|ыми|ы)?"
                    + "|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)|енко|ук|юк|ян|янц|швили|дзе|вич|вича|вичу|вичем|виче|ых|их)");
    private static final Pattern SURNAME_THEN_INITIALS =
            Pattern.compile("(?<!\\p{L})([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\\s+[А-ЯЁ]\\.(?:\\s?[А-ЯЁ]\\.)?");
    private static final Pattern INITIALS_THEN_SURNAME =
            Pattern.compile("(?<![\\p{L}.])[А-ЯЁ]\\.\\s?(?:[А-ЯЁ]\\.\\s?)?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)");
    private static final Set<String> HONORIFICS = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "prof",
            "г-н",
            "г-на",
            "г-ну",
            "г-ном",
            "г-жа",
            "г-жи",
            "г-же",
            "г-жу",
            "господин",
            "господина",
            "господину",
            "господином",
            "госпожа",
            "госпожи",
            "госпоже",
            "госпожу",
            "госпожой");
    /** Capitalised words that follow a first name without being a last name: places, teams, "I". */
    private static final Set<String> NOT_SURNAMES = Set.of(
            "i",
            "the",
            "and",
            "from",
            "at",
            "in",
            "on",
            "of",
            "to",
            "support",
            "team",
            "customer",
            "service",
            "station",
            "street",
            "road",
            "square",
            "park",
            "airport",
            "mall",
            "center",
            "centre",
            "hotel",
            "bank",
            "airlines",
            "avenue",
            "lane",
            "bridge",
            "hospital",
            "university",
            "college",
            "school",
            "store",
            "shop",
            "market");

    /** Capitalised Russian words that follow a first name without being a surname: greetings, function words. */
    private static final Set<String> NOT_RU_SURNAMES = Set.of(
            "и",
            "а",
            "но",
            "да",
            "нет",
            "не",
            "на",
            "в",
            "во",
            "с",
            "со",
            "по",
            "за",
            "из",
            "к",
            "у",
            "о",
            "от",
            "до",
            "как",
            "что",
            "где",
            "когда",
            "кто",
            "это",
            "вы",
            "вам",
            "вас",
            "ты",
            "мы",
            "я",
            "он",
            "она",
            "они",
            "спасибо",
            "привет",
            "здравствуйте",
            "пожалуйста",
            "добрый",
            "доброе",
            "доброго",
            "поздравляю",
            "помогите",
            "скажите",
            "подскажите",
            "извините",
            "ваш",
            "ваша",
            "ваше",
            "ваши",
            "мой",
            "моя",
            "мое",
            "мои",
            "днем",
            "рождения");

    private static final int MAX_NAME_WORDS = 3;

    private final NameLists lists;

    NameFinder(NameLists lists) {
        this.lists = lists;
    }

    /** Adds one match per name found (adjacent words of one name make one match). */
    void find(String text, List<PiiMatch> out) {
        if (text.indexOf('.') >= 0) {
            withInitials(text, out);
        }
        List<NameToken> tokens = tokens(text);
        boolean[] name = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            if (HONORIFICS.contains(token.folded())) {
                afterHonorific(tokens, i, name);
            } else if (token.capitalised() && isFirstName(tokens, i)) {
                name[i] = true;
                extend(tokens, i, name);
            } else if (token.capitalised()
                    && token.cyrillic()
                    && PATRONYMIC.matcher(token.folded()).matches()) {
                name[i] = true;
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            if (name[i]) {
                while (j + 1 < tokens.size() && name[j + 1] && tokens.get(j).joinedToNext()) {
                    j++;
                }
                out.add(new PiiMatch(tokens.get(i).start(), tokens.get(j).end(), PiiKind.NAME));
            }
            i = j + 1;
        }
    }

    private boolean isFirstName(List<NameToken> tokens, int i) {
        String folded = tokens.get(i).folded();
        return isName(folded) || (lists.isAmbiguousName(folded) && hasNameBeside(tokens, i));
    }

    /** A first name, or a double one ({@code Анна-Мария}) whose parts are all first names. */
    private boolean isName(String folded) {
        if (lists.isName(folded)) {
            return true;
        }
        int hyphen = folded.indexOf('-');
        if (hyphen <= 0) {
            return false;
        }
        for (String part : folded.split("-")) {
            if (!lists.isName(part) && !lists.isAmbiguousName(part)) {
                return false;
            }
        }
        return true;
    }

    /** Surnames with initials, {@code Иванов И.И.} and {@code И. И. Иванов}. */
    private static void withInitials(String text, List<PiiMatch> out) {
        for (Pattern pattern : List.of(SURNAME_THEN_INITIALS, INITIALS_THEN_SURNAME)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (RU_SURNAME.matcher(fold(m.group(1))).matches()) {
                    out.add(new PiiMatch(m.start(), m.end(), PiiKind.NAME));
                }
            }
        }
    }

    private void afterHonorific(List<NameToken> tokens, int i, boolean[] name) {
        int next = i + 1;
        if (!tokens.get(i).joinedToNext()
                || next >= tokens.size()
                || !tokens.get(next).capitalised()) {
            return;
        }
        name[next] = true;
        extend(tokens, next, name);
    }

    private boolean hasNameBeside(List<NameToken> tokens, int i) {
        NameToken token = tokens.get(i);
        if (token.joinedToNext() && i + 1 < tokens.size() && isSurnameAfter(token, tokens.get(i + 1))) {
            return true;
        }
        if (i > 0
                && tokens.get(i - 1).joinedToNext()
                && HONORIFICS.contains(tokens.get(i - 1).folded())) {
            return true;
        }
        return i > 0 && tokens.get(i - 1).joinedToNext() && isRussianSurname(tokens.get(i - 1));
    }

    /** Marks the patronymic and surname words that follow a name word, and a Russian surname just before it. */
    private void extend(List<NameToken> tokens, int i, boolean[] name) {
        int last = i;
        while (last - i < MAX_NAME_WORDS - 1
                && tokens.get(last).joinedToNext()
                && last + 1 < tokens.size()
                && isSurnameAfter(tokens.get(last), tokens.get(last + 1))) {
            last++;
            name[last] = true;
        }
        if (i > 0 && tokens.get(i - 1).joinedToNext() && isRussianSurname(tokens.get(i - 1))) {
            name[i - 1] = true;
        }
    }

    private boolean isSurnameAfter(NameToken previous, NameToken token) {
        if (!token.capitalised()) {
            return false;
        }
        if (token.cyrillic()) {
            return PATRONYMIC.matcher(token.folded()).matches()
                    || isRussianSurname(token)
                    || lists.isName(token.folded())
                    // Any capitalised word right after a first name or patronymic: surnames without a Russian suffix
                    // (Чирва).
                    || (previous.cyrillic()
                            && (lists.isName(previous.folded())
                                    || PATRONYMIC.matcher(previous.folded()).matches())
                            && token.folded().length() > 1
                            && !NOT_RU_SURNAMES.contains(token.folded()));
        }
        return !previous.cyrillic() && token.folded().length() > 1 && !NOT_SURNAMES.contains(token.folded());
    }

    private static boolean isRussianSurname(NameToken token) {
        return token.capitalised()
                && token.cyrillic()
                && RU_SURNAME.matcher(token.folded()).matches();
    }

    /** Lower case with {@code ё} folded to {@code е}. */
    static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    static List<NameToken> tokens(String text) {
        List<NameToken> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length
                    && (Character.isLetter(text.charAt(i))
                            || (text.charAt(i) == '-' && i + 1 < length && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            String word = text.substring(start, i);
            boolean capitalised = isCapitalised(word) && !glued(text, start, i);
            tokens.add(new NameToken(start, i, fold(word), capitalised, isCyrillic(word), joined(text, i)));
        }
        return tokens;
    }

    /** A word inside a handle or an identifier ({@code @Richard89027182}, {@code user_Anna}) is not a name. */
    private static boolean glued(String text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (before == '@' || before == '_' || Character.isDigit(before)) {
                return true;
            }
        }
        return end < text.length() && (text.charAt(end) == '_' || Character.isDigit(text.charAt(end)));
    }

    private static boolean joined(String text, int end) {
        int i = end;
        if (i < text.length() && text.charAt(i) == '.' && isAbbreviation(text, end)) {
            i++; // "Mr. Smith", "Dr. Brown"
        }
        int spaces = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
            spaces++;
        }
        return spaces > 0 && i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static boolean isAbbreviation(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return HONORIFICS.contains(fold(text.substring(start, end)));
    }

    private static boolean isCapitalised(String word) {
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && word.charAt(i - 1) != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCyrillic(String word) {
        char c = word.charAt(0);
        return c >= '\u0400' && c <= '\u04FF';
    }
}
