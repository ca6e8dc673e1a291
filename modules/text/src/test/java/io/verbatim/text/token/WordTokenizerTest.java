package io.verbatim.text.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    @Test
    void splitsOnPunctuationAndLowerCases() {
        assertThat(WordTokenizer.words("Доставка ОПОЗДАЛА, курьер — грубый!!! 😡"))
                .containsExactly("доставка", "опоздала", "курьер", "грубый");
    }

    @Test
    void keepsApostrophesAndHyphensInsideWordsAndFoldsYo() {
        assertThat(WordTokenizer.words("I don’t like it - из-за Wi-Fi, всё плохо"))
                .containsExactly("i", "don't", "like", "it", "из-за", "wi-fi", "все", "плохо");
    }

    @Test
    void emptyAndNullTextHaveNoWords() {
        assertThat(WordTokenizer.words(null)).isEmpty();
        assertThat(WordTokenizer.words("  ...  ")).isEmpty();
        assertThat(WordTokenizer.isNumber("2024")).isTrue();
        assertThat(WordTokenizer.isNumber("24x7")).isFalse();
    }

    @Test
    void stemsEachWordByItsScript() {
        WordStemmer stemmer = new WordStemmer();
        assertThat(stemmer.stem("доставки")).isEqualTo(stemmer.stem("доставку"));
        assertThat(stemmer.stem("refunds")).isEqualTo(stemmer.stem("refund"));
        assertThat(stemmer.stem("42")).isEqualTo("42");
        assertThat(WordStemmer.scriptOf("wi-fi")).isEqualTo(io.verbatim.text.lang.TextLanguage.EN);
    }
}
