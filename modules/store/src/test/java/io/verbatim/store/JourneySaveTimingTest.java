package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.port.JourneyRepository;
import io.verbatim.domain.score.Metric;
import io.verbatim.store.journey.JourneyJson;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long an autosave takes on a workshop-sized map (8 stages × 8 lanes, 100 notes, every stage bound) in a real
 * workspace file: each save changes one note, so each writes and commits the whole document. The editor saves after
 * every edit, so the save time is the most a crash can lose; the test holds it well under a second at the 99th
 * percentile and prints the median and p99 (ADR 0032).
 */
class JourneySaveTimingTest {

    private static final int WARM_UP = 50;
    private static final int SAVES = 400;

    @TempDir
    Path dir;

    @Test
    void aWorkshopSizedMapSavesWellWithinASecond() {
        JourneyMap map = workshopMap();
        long[] nanos = new long[SAVES];
        try (Workspace workspace = Workspace.open(dir)) {
            JourneyRepository journeys = workspace.journeys();
            for (int i = 0; i < WARM_UP + SAVES; i++) {
                Note note = map.notes().get(i % map.notes().size());
                map = map.withNoteReplaced(note.withText("Правка " + i + ": "
                        + note.text().substring(0, Math.min(60, note.text().length()))));
                long start = System.nanoTime();
                journeys.save(map);
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = System.nanoTime() - start;
                }
            }
            assertThat(journeys.find(map.id())).contains(map);
        }
        Arrays.sort(nanos);
        double median = nanos[SAVES / 2] / 1e6;
        double p99 = nanos[(int) Math.ceil(SAVES * 0.99) - 1] / 1e6;
        System.out.printf(
                "journey save, 8 stages x 8 lanes, 100 notes (%d chars of JSON): median %.2f ms, p99 %.2f ms,"
                        + " max %.2f ms over %d saves%n",
                JourneyJson.write(map).length(), median, p99, nanos[SAVES - 1] / 1e6, SAVES);
        assertThat(p99).as("p99 save time in ms").isLessThan(250.0);
    }

    static JourneyMap workshopMap() {
        JourneyMap map = JourneyMap.empty("workshop", "Онлайн-покупка: воркшоп");
        for (int s = 0; s < 8; s++) {
            map = map.withStage(new Stage(
                    "s" + s,
                    "Этап " + (s + 1),
                    new Binding(
                            "survey", s % 2 == 0 ? Metric.NPS : Metric.CSAT, "", "stage=Этап " + (s + 1), "comment"),
                    (s % 5) - 2.0));
        }
        LaneKind[] kinds = LaneKind.values();
        for (int l = 0; l < 8; l++) {
            map = map.withLane(new Lane("l" + l, kinds[l], "Дорожка " + (l + 1)));
        }
        for (int n = 0; n < 100; n++) {
            map = map.withNote(new Note(
                    "n" + n,
                    "s" + (n % 8),
                    "l" + (n / 8 % 8),
                    "Клиент ждал ответа поддержки больше суток и написал повторно, заметка №" + n,
                    NoteColour.values()[n % NoteColour.values().length]));
        }
        return map;
    }
}
