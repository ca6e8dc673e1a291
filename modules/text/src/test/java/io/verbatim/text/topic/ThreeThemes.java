package io.verbatim.text.topic;

import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-made corpus of customer comments in Russian and English on three obvious themes: late delivery and the
 * courier (Russian), refunds of money (English), and the mobile app crashing (Russian).
 */
public final class ThreeThemes {

    public static final List<String> DELIVERY = List.of(
            "Доставка опоздала на два дня, курьер не позвонил",
            "Курьер опять опоздал с доставкой",
            "Доставку перенесли, курьер так и не приехал",
            "Ужасная доставка: курьер опоздал на три часа",
            "Курьер привез заказ с опозданием, доставка медленная",
            "Почему доставка опаздывает? Курьер не отвечает",
            "Доставка задерживается, курьер потерял адрес",
            "Курьер грубый, доставка опоздала",
            "Опоздание доставки второй раз, где курьер?",
            "Доставка сорвалась, курьер не пришел вовремя",
            "Курьер приехал поздно, доставка ужасная",
            "Снова опоздание курьера, доставка через неделю");

    public static final List<String> REFUND = List.of(
            "I still have not received my refund",
            "Where is my refund? The money was not returned",
            "Refund was promised two weeks ago, money still missing",
            "Please refund my money for the cancelled order",
            "The refund has not arrived on my account",
            "Requested a refund, no money back yet",
            "How long does a refund take to return the money?",
            "My refund was rejected, I want my money back",
            "Refund status unknown, money gone",
            "Still waiting for the refund of my money",
            "The money refund never came through",
            "Refund please, the money was charged twice");

    public static final List<String> APP = List.of(
            "Приложение вылетает при входе",
            "Приложение зависает и вылетает",
            "Мобильное приложение вылетает после обновления",
            "Приложение постоянно вылетает, сделайте что-нибудь",
            "После обновления приложение не запускается и вылетает",
            "Приложение вылетает при оплате",
            "Приложение вылетает на экране входа",
            "Опять вылетает приложение на телефоне",
            "Приложение вылетает каждый раз при запуске",
            "Приложение глючит и вылетает",
            "Вылетает приложение, невозможно войти",
            "Приложение снова вылетает после обновления");

    private ThreeThemes() {}

    /** All texts, theme by theme. */
    public static List<String> texts() {
        List<String> all = new ArrayList<>(DELIVERY);
        all.addAll(REFUND);
        all.addAll(APP);
        return all;
    }

    /** The theme (0, 1, 2) of each text of {@link #texts()}. */
    public static int[] themes() {
        int[] themes = new int[DELIVERY.size() + REFUND.size() + APP.size()];
        for (int i = 0; i < themes.length; i++) {
            themes[i] = i < DELIVERY.size() ? 0 : i < DELIVERY.size() + REFUND.size() ? 1 : 2;
        }
        return themes;
    }
}
