package io.verbatim.charts;

import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.journey.Persona;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A telecom journey map in Russian with five stages, four of them bound to data, and its evidence. */
public final class SampleJourney {

    private SampleJourney() {}

    public static JourneyMap map() {
        String[] names = {"Поиск тарифа", "Подключение", "Первый счёт", "Поддержка", "Продление"};
        Double[] felt = {1.0, -0.5, -1.5, -2.0, 0.5};
        JourneyMap map = JourneyMap.empty("m1", "Путь нового абонента")
                .withPersona(new Persona("p1", "Анна, 34", "переходит от другого оператора ради домашнего интернета"));
        for (int i = 0; i < names.length; i++) {
            Binding binding = i == 4 ? null : binding(names[i]);
            map = map.withStage(new Stage("s" + i, names[i], binding, felt[i]));
        }
        map = map.withLane(new Lane("l-act", LaneKind.ACTIONS, "Действия клиента"))
                .withLane(new Lane("l-emo", LaneKind.EMOTIONS, ""))
                .withLane(new Lane("l-pain", LaneKind.PAIN_POINTS, "Боли"))
                .withLane(new Lane("l-met", LaneKind.METRICS, "Метрики"))
                .withLane(new Lane("l-verb", LaneKind.VERBATIMS, "Голос клиента"));
        map = map.withNote(
                        new Note("n1", "s0", "l-act", "Сравнивает тарифы на сайте и в приложении", NoteColour.YELLOW))
                .withNote(new Note("n2", "s1", "l-act", "Ждёт мастера, переносит визит", NoteColour.YELLOW))
                .withNote(new Note("n3", "s2", "l-pain", "Счёт выше обещанного: скрытые услуги", NoteColour.PINK))
                .withNote(new Note("n4", "s3", "l-pain", "Долгое ожидание на линии", NoteColour.PINK))
                .withNote(new Note("n5", "s3", "l-pain", "Чат отвечает шаблонами", NoteColour.ORANGE))
                .withNote(new Note("n6", "s4", "l-act", "Получает предложение продлить со скидкой", NoteColour.GREEN));
        return map;
    }

    public static JourneyEvidence evidence(JourneyMap map) {
        Map<String, StageEvidence> byStage = new LinkedHashMap<>();
        double[][] scores = {{24.0, 412}, {8.5, 230}, {-12.3, 180}, {-31.0, 22}};
        List<List<String>> verbatims = List.of(
                List.of("Удобно сравнивать тарифы", "Сайт понятный"),
                List.of("Мастер пришёл вовремя, всё настроил"),
                List.of("Почему в счёте две лишние услуги? Никто не предупредил", "Дорого"),
                List.of("Сорок минут на линии, потом разъединили"));
        for (int i = 0; i < 4; i++) {
            Stage stage = map.stages().get(i);
            double value = scores[i][0];
            long n = (long) scores[i][1];
            double margin = 180 / Math.sqrt(n);
            Score score = new Score(Score.ALL, n, value, value - margin, value + margin, margin / 1.96);
            byStage.put(
                    stage.id(), new StageEvidence(stage.id(), stage.binding(), score, verbatims.get(i), value / 50));
        }
        return new JourneyEvidence(byStage);
    }

    private static Binding binding(String stage) {
        return new Binding("demo", Metric.NPS, "nps", "stage=" + stage, "comment");
    }
}
