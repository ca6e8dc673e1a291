package io.verbatim.text.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ок | RU",
                "спасибо! | RU",
                "Всё ок | RU",
                "thanks | EN",
                "ok | EN",
                "Excellent | EN",
                "👍 | OTHER",
                "12345 | OTHER",
                "!!! 👍👍 | OTHER",
                "я | OTHER",
                "k | OTHER",
                "ы | OTHER"
            })
    void shortTexts(String text, TextLanguage expected) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }

    @Test
    void nullAndBlankAreOther() {
        assertThat(detector.detect(null)).isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("   \n")).isEqualTo(TextLanguage.OTHER);
    }

    @Test
    void ordinaryCustomerTexts() {
        assertThat(detector.detect("Доставка опоздала на три дня, курьер не позвонил"))
                .isEqualTo(TextLanguage.RU);
        assertThat(detector.detect("Отличный магазин, рекомендую")).isEqualTo(TextLanguage.RU);
        assertThat(detector.detect("The parcel arrived damaged and nobody answers the phone"))
                .isEqualTo(TextLanguage.EN);
        assertThat(detector.detect("Excellent product, fast shipping")).isEqualTo(TextLanguage.EN);
    }

    @Test
    void mixedTextsGoToTheLanguageWithMoreLetters() {
        // 13 Cyrillic letters against 21 Latin ones: English dominates by letters.
        assertThat(detector.detect("заказ #123 не пришёл, tracking says delivered"))
                .isEqualTo(TextLanguage.EN);
        assertThat(detector.detect("заказ #123 так и не пришёл, хотя в приложении tracking says delivered"))
                .isEqualTo(TextLanguage.RU);
        assertThat(detector.detect("Оплатил через Apple Pay, всё прошло быстро"))
                .isEqualTo(TextLanguage.RU);
        assertThat(detector.detect("Ordered the Сбербанк card but it never came"))
                .isEqualTo(TextLanguage.EN);
    }

    @Test
    void aTieInLettersGoesToTheLanguageTheMarkersFavour() {
        // 8 Cyrillic against 9 Latin letters is a tie; "не" is a Russian marker, the Latin side has none.
        assertThat(detector.detect("не пришло / delivered")).isEqualTo(TextLanguage.RU);
        // 7 Latin against 8 Cyrillic letters; "the" is an English marker.
        assertThat(detector.detect("the card / карточка")).isEqualTo(TextLanguage.EN);
    }

    @Test
    void handlesAndLinksDoNotCountButHashtagsDo() {
        assertThat(detector.detect("@polinacolombina Спасибо❤🎉")).isEqualTo(TextLanguage.RU);
        assertThat(detector.detect("@Serj2778 @tass_agency Это точно!👍 https://t.co/mN5r20pMyR"))
                .isEqualTo(TextLanguage.RU);
        assertThat(detector.detect("#турция #отдых")).isEqualTo(TextLanguage.RU);
        assertThat(detector.detect("@someone https://t.co/abc")).isEqualTo(TextLanguage.OTHER);
    }

    @Test
    void otherCyrillicLanguagesAreOther() {
        assertThat(detector.detect("Замовлення не прийшло, і ніхто не відповідає"))
                .isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("Дякую, все добре")).isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("Їжа була смачна, але доставка затрималася на годину"))
                .isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("Поръчката не е пристигнала и никой не отговаря на телефона"))
                .isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("Қызмет көрсету өте жақсы болды")).isEqualTo(TextLanguage.OTHER);
    }

    @Test
    void otherLatinLanguagesAndTransliterationAreOther() {
        assertThat(detector.detect("Die Lieferung ist nicht angekommen und der Kundendienst antwortet nicht"))
                .isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("La livraison est arrivée en retard et le colis était abîmé"))
                .isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("El pedido llegó tarde y nadie responde al teléfono"))
                .isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("Bestellung verspätet, Verpackung beschädigt, Rückerstattung abgelehnt"))
                .isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("privet, zakaz ne prishel uzhe nedelyu")).isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("danke")).isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("Η παραγγελία δεν έφτασε")).isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("注文が届きません")).isEqualTo(TextLanguage.OTHER);
    }

    @Test
    void longTextsWithoutMarkersAreDecidedByOpenNlp() {
        // No marker words at all: OpenNLP decides.
        assertThat(detector.detect("Excellent customer service, quick delivery, friendly courier, reasonable prices"))
                .isEqualTo(TextLanguage.EN);
        assertThat(detector.detect("Servizio clienti eccellente, consegna veloce, corriere gentile, prezzi onesti"))
                .isEqualTo(TextLanguage.OTHER);
        assertThat(detector.detect("Отличное обслуживание, быстрая доставка, вежливый курьер, приемлемые цены"))
                .isEqualTo(TextLanguage.RU);
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> texts = List.of(
                "Доставка опоздала",
                "The parcel arrived damaged",
                "Замовлення не прийшло, і ніхто не відповідає",
                "Servizio clienti eccellente, consegna veloce, corriere gentile, prezzi onesti");
        List<TextLanguage> expected = texts.stream().map(detector::detect).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        if (!texts.stream().map(detector::detect).toList().equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).containsExactly(TextLanguage.RU, TextLanguage.EN, TextLanguage.OTHER, TextLanguage.OTHER);
    }
}
