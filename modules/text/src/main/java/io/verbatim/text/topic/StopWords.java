package io.verbatim.text.topic;

import java.util.List;
import java.util.Set;

/**
 * Function words of Russian and English that say nothing about a topic ({@code и}, {@code не}, {@code the}, {@code my}).
 * Short lists of our own, checked against the surface word before stemming, so a topic is named by what customers
 * talk about rather than by how they phrase it. Negations are dropped too: topics are about subjects, sentiment
 * carries the polarity.
 */
public final class StopWords {

    private static final String ENGLISH =
            """
            a about above after again all am an and any are as at be because been before being below between
            both but by can could did do does doing don't down during each few for from further had has have
            having he her here hers him his how i i'm i've if in into is it it's its just me more most my
            myself no nor not now of off on once only or other our ours out over own same she should so some
            such than that the their theirs them then there these they this those through to too under until up
            very was we were what when where which while who whom why will with would you your yours can't
            didn't doesn't isn't wasn't won't also get got please thanks thank hi hello yes ok okay u im ive
            dont cant let much many one still even really us like want need would know tell way
            """;

    private static final String RUSSIAN =
            """
            а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до
            его ее если есть еще же за здесь и из из-за или им их к как какой когда кто ли либо мне может мы на
            над надо наш не него нее нет ни них но ну о об однако он она они оно от очень по под при с со так
            также такой там те тем то того тоже той только том ты у уже хотя чего чей чем что чтобы чье эта эти
            это этот я мой моя мои мою моей меня вообще просто свой свою своей сегодня очень раз спасибо
            здравствуйте пожалуйста добрый день ваш ваша вашей вашего
            """;

    private static final Set<String> WORDS =
            Set.copyOf(List.of((ENGLISH + " " + RUSSIAN).trim().split("\\s+")));

    private StopWords() {}

    /** True for a lower-case word that names no topic. */
    public static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
