package io.verbatim.analytics.mention;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small built-in list of English and Russian function words (articles, pronouns, prepositions, conjunctions,
 * auxiliaries, particles), plus the web noise of social posts ({@code rt}, {@code amp}, {@code http}). They are in
 * nearly every mention, so they can never explain why one day had more. Written with е for ё, as tokens are folded.
 */
final class StopWords {

    private static final String ENGLISH =
            """
            a about above after again against all am an and any are as at be because been before being below between
            both but by can could did do does doing down during each few for from further had has have having he her
            here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
            now of off on once only or other our ours ourselves out over own same she should so some such than that the
            their theirs them themselves then there these they this those through to too under until up very was we
            were what when where which while who whom why will with would you your yours yourself yourselves im ive
            dont cant wont isnt its thats theres get got also via amp rt http https www com
            """;

    private static final String RUSSIAN =
            """
            и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от
            меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж
            вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без
            будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один
            почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над
            больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда
            лучше чуть том нельзя такой им более всегда конечно всю между это эта мы наш наша ваш ваша очень просто
            """;

    private static final Set<String> WORDS = Arrays.stream((ENGLISH + " " + RUSSIAN).split("\\s+"))
            .filter(word -> !word.isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    private StopWords() {}

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
