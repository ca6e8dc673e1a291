package io.verbatim.analytics.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentLabelsTest {

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            textBlock =
                    """
            positive       | POSITIVE
            Negative       | NEGATIVE
            NEUTRAL        | NEUTRAL
            mixed          | MIXED
            very positive  | POSITIVE
            neg            | NEGATIVE
            позитивная     | POSITIVE
            Негативный     | NEGATIVE
            нейтрально     | NEUTRAL
            позитив        | POSITIVE
            негатив        | NEGATIVE
            смешанная      | MIXED
            отрицательное  | NEGATIVE
            1              | POSITIVE
            0              | NEUTRAL
            -1             | NEGATIVE
            5              | POSITIVE
            -5             | NEGATIVE
            '0,5'          | POSITIVE
            speech         | none
            n/a            | none
            possible       | none
            NaN            | none
            '  '           | none
            """)
    void toolLabelsInEnglishRussianAndNumbersAreNormalised(String label, Polarity expected) {
        assertThat(SentimentLabels.polarity(label)).isEqualTo(expected);
    }
}
