package io.verbatim.text.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiMaskerTest {

    private final PiiMasker masker = PiiMasker.allKinds();

    private String masked(String text) {
        return masker.mask(text).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Передайте Ивану Петрову, что всё готово | Передайте [name], что всё готово",
                "у Марии Ивановны нет доступа | у [name] нет доступа",
                "Курьер Дима опоздал | Курьер [name] опоздал",
                "Спасибо Саше и Лене! | Спасибо [name] и [name]!",
                "Петров Иван Сергеевич просит возврат | [name] просит возврат",
                "Звонил Сергей Иванович, просил перезвонить | Звонил [name], просил перезвонить",
                "Менеджер Анастасия Смирнова помогла | Менеджер [name] помогла",
                "Отдайте посылку Алексею | Отдайте посылку [name]",
                "обратился к г-ну Смирнову | обратился к г-ну [name]",
                "Спасибо госпоже Ивановой | Спасибо госпоже [name]",
                "С Натальей Петровной всё решили | С [name] всё решили",
                "Поговорил с Ильёй | Поговорил с [name]",
                "Hi, I am John Smith from Leeds | Hi, I am [name] from Leeds",
                "Sarah was helpful | [name] was helpful",
                "Thanks to Mr Johnson and Dr. Emily Brown | Thanks to Mr [name] and Dr. [name]",
                "Ask Ms. Taylor | Ask Ms. [name]",
                "Will Smith called | [name] called",
                "Michael's answer was great | [name]'s answer was great",
                "Ответственный Иванов И.И., звоните | Ответственный [name], звоните",
                "подписал И. И. Иванов | подписал [name]",
                "Анна-Мария ответила | [name] ответила",
                "Оператор Ксения Олеговна Белых | Оператор [name]",
                "We met Anna at Victoria Station | We met [name] at Victoria Station",
                "Слушал Виталий Чирва, потом Еву Браун | Слушал [name], потом [name]",
                "министр Павел Сергеевич Дегтярь прислал | министр [name] прислал",
                "Андрей, тебя ожидает встреча | [name], тебя ожидает встреча",
                "Привет Юля Как дела | Привет [name] Как дела",
                "@Richard89027182 и @Anna_k ответили | @Richard89027182 и @Anna_k ответили"
            })
    void masksRussianAndEnglishNamesInTheirCaseForms(String text, String expected) {
        assertThat(masked(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Мой номер +7 (916) 123-45-67. | Мой номер [phone].",
                "звоните 8-916-123-45-67 | звоните [phone]",
                "89161234567 | [phone]",
                "тел. 8 (495) 123 45 67, спросить | тел. [phone], спросить",
                "+7 916 1234567 | [phone]",
                "горячая линия 8 800 555-35-35 | горячая линия [phone]",
                "call +44 20 7946 0958 now | call [phone] now",
                "or +1-202-555-0143. | or [phone].",
                "+49 30 1234 5678 | [phone]"
            })
    void masksPhonesInRussianAndInternationalFormats(String text, String expected) {
        assertThat(masked(text)).isEqualTo(expected);
    }

    @Test
    void masksEmails() {
        assertThat(masked("пишите на ivan.petrov+shop@mail.ru или в чат")).isEqualTo("пишите на [email] или в чат");
        assertThat(masked("contact: j_smith@sub.example.co.uk.")).isEqualTo("contact: [email].");
        assertThat(masked("почта@пример.рф")).isEqualTo("[email]");
        assertThat(masked("встретимся @ 10:00, твиттер @ivan")).isEqualTo("встретимся @ 10:00, твиттер @ivan");
    }

    @Test
    void masksOnlyLuhnValidCardNumbers() {
        assertThat(masked("карта 4276 3801 2345 6787 заблокирована")).isEqualTo("карта [card] заблокирована");
        assertThat(masked("card 4111-1111-1111-1111")).isEqualTo("card [card]");
        assertThat(masked("amex 378282246310005")).isEqualTo("amex [card]");
        assertThat(masked("6011 0009 9013 9424 124")).isEqualTo("[card]");
        assertThat(masked("Мир 2200 1234 5678 9019")).isEqualTo("Мир [card]");
        // Same shapes, wrong check digit: order numbers, not cards.
        assertThat(masked("заказ 4276 3801 2345 6781")).isEqualTo("заказ 4276 3801 2345 6781");
        assertThat(masked("order 4111111111111112 pending")).isEqualTo("order 4111111111111112 pending");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Заказ № 123456789012 от 12.03.2024 на сумму 1 234,56 ₽ не доставлен.",
                "Трек-номер RA123456789RU, посылка в Москве.",
                "Москва, Санкт-Петербург и Казань — доставка за 2 дня.",
                "Оплатил через Сбербанк Онлайн, деньги ушли.",
                "Приложение Apple Pay не работает.",
                "Новый iPhone 15 за 89 990 руб.",
                "Оформил рассрочку на 12 месяцев, платёж 4 500 ₽.",
                "Доставка на 8 марта опоздала.",
                "Вера в ваш сервис пропала.",
                "Роман Толстого доставили быстро.",
                "Любовь к вашему магазину прошла.",
                "Отличный магазин, рекомендую всем!",
                "Спасибо большое, Всё Пришло Вовремя",
                "Код подтверждения 482913 не пришёл.",
                "Счёт 40817810099910004312 указан неверно.",
                "Apple and Samsung phones are both supported.",
                "Will you ever fix the app?",
                "May I get a refund for order 55512?",
                "The store in Austin was closed on Sunday.",
                "Great service, fast delivery from London to Manchester.",
                "Tracking number 1Z999AA10123456784 shows delivered.",
                "The price went up from $1,299.99 to $1,499.99.",
                "Delivered on 03/12/2024 at 14:30, box damaged.",
                "Ordered via Alexa, the Echo Dot arrived broken.",
                "Renault Logan и Лада Веста в наличии.",
                "@avantroux @mix87074735444 Услышал",
                "артикул A89161234567, партия SKU4111111111111111"
            })
    void leavesOrdinaryCustomerSentencesAlone(String text) {
        MaskedText result = masker.mask(text);
        assertThat(result.text()).isEqualTo(text);
        assertThat(result.total()).isZero();
    }

    @Test
    void countsPerKindAndHonoursTheChosenKindsAndTokens() {
        String text = "Иван Петров, +7 916 123-45-67, ivan@mail.ru, карта 4111 1111 1111 1111, Маша";
        MaskedText all = masker.mask(text);
        assertThat(all.text()).isEqualTo("[name], [phone], [email], карта [card], [name]");
        assertThat(all.count(PiiKind.NAME)).isEqualTo(2);
        assertThat(all.count(PiiKind.PHONE)).isEqualTo(1);
        assertThat(all.count(PiiKind.EMAIL)).isEqualTo(1);
        assertThat(all.count(PiiKind.CARD)).isEqualTo(1);
        assertThat(all.total()).isEqualTo(5);

        PiiMasker contacts = PiiMasker.builder()
                .kinds(EnumSet.of(PiiKind.EMAIL, PiiKind.PHONE))
                .token(PiiKind.PHONE, "***")
                .build();
        MaskedText some = contacts.mask(text);
        assertThat(some.text()).isEqualTo("Иван Петров, ***, [email], карта 4111 1111 1111 1111, Маша");
        assertThat(some.count(PiiKind.NAME)).isZero();
        assertThat(contacts.kinds()).containsExactlyInAnyOrder(PiiKind.EMAIL, PiiKind.PHONE);

        PiiMasker none =
                PiiMasker.builder().kinds(EnumSet.noneOf(PiiKind.class)).build();
        assertThat(none.mask(text).text()).isEqualTo(text);
        assertThat(masker.mask(null).text()).isEmpty();
    }

    @Test
    void kindsReadBackFromTheirWireNames() {
        for (PiiKind kind : PiiKind.values()) {
            assertThat(PiiKind.fromWire(kind.wireName().toUpperCase(java.util.Locale.ROOT)))
                    .isEqualTo(kind);
        }
    }
}
