package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.port.JourneyRepository;
import io.verbatim.domain.port.StoreException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journey maps in a real H2 workspace file: round trip, replace, idempotent save, delete, listing, reopening. */
class JourneyRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aMapWithEveryFieldComesBackEqualAfterTheWorkspaceIsReopened() {
        JourneyMap map = JourneyFixtures.everyField("m1", "Онлайн-покупка");
        try (Workspace workspace = Workspace.open(dir)) {
            workspace.journeys().save(map);
            assertThat(workspace.journeys().find("m1")).contains(map);
        }
        try (Workspace reopened = Workspace.open(dir)) {
            JourneyMap back = reopened.journeys().find("m1").orElseThrow();
            assertThat(back).isEqualTo(map);
            assertThat(back.stages().getFirst().feltEmotion()).isEqualTo(-1.5);
            assertThat(back.stages().get(1).feltEmotion()).isNull();
            assertThat(back.stages().get(2).binding()).isNull();
            assertThat(back.stages().getFirst().binding().filter()).isEqualTo("Stage=Поиск;region=Москва");
            assertThat(back.notes()).hasSize(12);
        }
    }

    @Test
    void aSaveReplacesTheWholeMapAndSavingItAgainWritesNothing() {
        JourneyMap first = JourneyFixtures.everyField("m1", "Карта");
        try (Workspace workspace = Workspace.open(dir)) {
            JourneyRepository journeys = workspace.journeys();
            journeys.save(first);
            journeys.save(edited(first));
            assertThat(journeys.find("m1")).contains(edited(first));
            assertThat(journeys.all()).containsExactly(edited(first));
        }
        OffsetDateTime saved = updatedAt("m1");
        try (Workspace workspace = Workspace.open(dir)) {
            workspace.journeys().save(edited(JourneyFixtures.everyField("m1", "Карта")));
            workspace.journeys().save(edited(first));
            assertThat(workspace.journeys().all()).containsExactly(edited(first));
        }
        assertThat(updatedAt("m1")).as("an equal map is not written again").isEqualTo(saved);
    }

    @Test
    void mapsAreListedByNameAndDeletedById() {
        try (Workspace workspace = Workspace.open(dir)) {
            JourneyRepository journeys = workspace.journeys();
            journeys.save(JourneyMap.empty("c", "Обращение в поддержку"));
            journeys.save(JourneyMap.empty("a", "Банковская карта"));
            journeys.save(JourneyMap.empty("b", "Online purchase"));

            assertThat(journeys.all()).extracting(JourneyMap::id).containsExactly("b", "a", "c");
            assertThat(journeys.delete("a")).isTrue();
            assertThat(journeys.delete("a")).isFalse();
            assertThat(journeys.find("a")).isEmpty();
        }
        try (Workspace reopened = Workspace.open(dir)) {
            assertThat(reopened.journeys().all())
                    .extracting(JourneyMap::name)
                    .containsExactly("Online purchase", "Обращение в поддержку");
        }
    }

    @Test
    void aMapFromANewerVerbatimIsAnErrorNamingIt() {
        try (Workspace workspace = Workspace.open(dir)) {
            workspace.journeys().save(JourneyMap.empty("m9", "Будущее"));
        }
        try (WorkspaceDatabase database = WorkspaceDatabase.open(dir)) {
            database.inTransaction("age the document", c -> {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE journey_map SET document = REPLACE(document, '\"version\":1', '\"version\":99')")) {
                    return update.executeUpdate();
                }
            });
        }
        try (Workspace workspace = Workspace.open(dir)) {
            assertThatThrownBy(() -> workspace.journeys().find("m9"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("m9")
                    .hasMessageContaining("newer Verbatim");
        }
    }

    private static JourneyMap edited(JourneyMap map) {
        return map.withoutStage("s2")
                .withNoteReplaced(new Note("n0", "s1", map.lanes().getFirst().id(), "Новый текст", NoteColour.GREEN))
                .withName("Карта, вторая версия");
    }

    private OffsetDateTime updatedAt(String id) {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(dir)) {
            return database.inTransaction("read updated_at", c -> {
                try (PreparedStatement select =
                        c.prepareStatement("SELECT updated_at FROM journey_map WHERE map_id = ?")) {
                    select.setString(1, id);
                    try (ResultSet rows = select.executeQuery()) {
                        rows.next();
                        return rows.getObject(1, OffsetDateTime.class);
                    }
                }
            });
        }
    }
}
