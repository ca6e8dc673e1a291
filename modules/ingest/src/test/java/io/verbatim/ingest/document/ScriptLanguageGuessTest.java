package io.verbatim.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptLanguageGuessTest {

    private final LanguageGuess guess = new ScriptLanguageGuess();

    @Test
    void russianTextIsRussian() {
        assertThat(guess.languageOf("Доставка опоздала на два дня, курьер не позвонил заранее."))
                .isEqualTo("ru");
    }

    @Test
    void englishTextIsEnglish() {
        assertThat(guess.languageOf("The delivery was two days late and nobody called us in advance."))
                .isEqualTo("en");
    }

    @Test
    void russianWithLatinBrandNamesIsStillRussian() {
        assertThat(guess.languageOf("Приложение Sberbank Online постоянно зависает при входе через Face ID"))
                .isEqualTo("ru");
    }

    @Test
    void anEvenMixOfRussianAndEnglishIsOther() {
        assertThat(guess.languageOf("Очень долго ждали ответа. We waited far too long."))
                .isEqualTo("other");
    }

    @ParameterizedTest(name = "\"{0}\" is too short to tell")
    @ValueSource(strings = {"", "Да", "OK", "5/5", "10 из 10", "👍👍👍", "Спасибо"})
    void tooLittleTextIsOther(String text) {
        assertThat(guess.languageOf(text)).isEqualTo("other");
    }

    @Test
    void shortButLongEnoughTextIsGuessed() {
        assertThat(guess.languageOf("Всё отлично, спасибо")).isEqualTo("ru");
        assertThat(guess.languageOf("Great service")).isEqualTo("en");
    }

    @Test
    void otherCyrillicLanguagesAreNotCalledRussian() {
        assertThat(guess.languageOf("Доставка прийшла вчасно, дякую за якісне обслуговування, все їстівне"))
                .isEqualTo("other");
    }

    @Test
    void otherLatinLanguagesAreNotCalledEnglish() {
        assertThat(guess.languageOf("Die Lieferung kam zwei Tage zu spät und niemand hat uns vorher angerufen."))
                .isEqualTo("other");
        assertThat(guess.languageOf("Très bien, la livraison était rapide et le service très agréable"))
                .isEqualTo("other");
    }

    @Test
    void otherScriptsAreOther() {
        assertThat(guess.languageOf("配送が二日遅れましたが、対応はとても丁寧でした。")).isEqualTo("other");
    }
}
