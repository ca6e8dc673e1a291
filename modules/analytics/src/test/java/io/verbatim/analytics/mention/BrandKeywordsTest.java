package io.verbatim.analytics.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BrandKeywordsTest {

    private final BrandKeywords brands = BrandKeywords.parse("Acme=acme,акме;Ёжик=ёжик;Сбер=сбер*");

    @ParameterizedTest(name = "''{0}'' names [{1}]")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            I love ACME!               | Acme
            (acme)                     | Acme
            acmeville                  | ''
            superacme                  | ''
            acme_bot                   | ''
            Новый АКМЕ в городе        | Acme
            акмеевский                 | ''
            ЕЖИК в тумане              | Ёжик
            отделение Сбербанка        | Сбер
            acme и сбер                | Acme,Сбер
            """)
    void keywordsMatchWholeWordsInAnyCaseAndScript(String text, String expected) {
        assertThat(String.join(",", brands.find(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Acme", "=acme", "Acme=", "Acme=acme;Acme=acme2", "Acme=*"})
    void aMalformedListIsRefusedWithTheFormToUse(String spec) {
        assertThatThrownBy(() -> BrandKeywords.parse(spec))
                .isInstanceOf(MentionException.class)
                .hasMessageContaining("NAME=word");
    }
}
