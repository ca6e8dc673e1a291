package io.verbatim.analytics.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionWordsTest {

    @ParameterizedTest(name = "''{0}'' → [{1}]")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            The app keeps crashing at checkout #fail          | app keeps crashing checkout fail
            Опять очередь 20 минут в ТЦ Европейский           | очередь минут тц европейский
            Ёлки, ещё и ЁЛКИ!                                 | елки
            see https://t.co/abc123 and www.example.com/x now | see
            @AppleSupport thanks                              | applesupport thanks
            café naïve                                        | café naïve
            a I и я                                           | ''
            """)
    void wordsAreLowerCasedLettersWithoutUrlsStopWordsOrRepeats(String text, String expected) {
        assertThat(String.join(" ", MentionWords.of(text))).isEqualTo(expected);
    }
}
