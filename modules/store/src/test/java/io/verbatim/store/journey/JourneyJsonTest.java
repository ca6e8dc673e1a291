package io.verbatim.store.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.NoteColour;
import org.junit.jupiter.api.Test;

/** The journey document: versioned, tolerant of missing and unknown fields, strict about what it cannot read. */
class JourneyJsonTest {

    @Test
    void theDocumentNamesItsFormatAndVersion() {
        String json = JourneyJson.write(JourneyMap.empty("m", "Карта"));
        assertThat(json).startsWith("{\"format\":\"verbatim-journey\",\"version\":1,");
        assertThat(JourneyJson.read(json)).isEqualTo(JourneyMap.empty("m", "Карта"));
    }

    @Test
    void anOlderOrSparserDocumentTakesDefaultsAndIgnoresUnknownFields() {
        JourneyMap map = JourneyJson.read(
                """
                {"format": "verbatim-journey", "version": 1, "id": "m", "future": {"x": 1},
                 "stages": [{"id": "s", "name": "Поиск", "binding": {"dataset": "d", "metric": "CSAT"}}],
                 "lanes": [{"id": "l", "kind": "pain_points"}],
                 "notes": [{"id": "n", "stage": "s", "lane": "l", "text": "Долго"}]}""");
        assertThat(map.name()).isEmpty();
        assertThat(map.personas()).isEmpty();
        assertThat(map.stages().getFirst().binding().filter()).isEmpty();
        assertThat(map.stages().getFirst().feltEmotion()).isNull();
        assertThat(map.lanes().getFirst().kind()).isEqualTo(LaneKind.PAIN_POINTS);
        assertThat(map.notes().getFirst().colour()).isEqualTo(NoteColour.YELLOW);
    }

    @Test
    void whatCannotBeReadIsSaidInOneLine() {
        assertThatThrownBy(() -> JourneyJson.read("{\"format\": \"verbatim-journey\", \"version\": 2, \"id\": \"m\"}"))
                .isInstanceOf(JourneyFormatException.class)
                .hasMessageContaining("newer Verbatim");
        assertThatThrownBy(() -> JourneyJson.read("{\"id\": \"m\"}")).hasMessageContaining("not a journey map");
        assertThatThrownBy(() -> JourneyJson.read("{\"format\": \"verbatim-journey\", \"version\": 1}"))
                .hasMessageContaining("\"id\" is missing");
        assertThatThrownBy(() -> JourneyJson.read("{\"format\": \"verbatim-journey\", \"version\": 1, \"id\": \"m\","
                        + " \"stages\": [{\"id\": \"s\", \"feltEmotion\": 3}]}"))
                .hasMessageContaining("stage s");
        assertThatThrownBy(() -> JourneyJson.read("{\"format\": \"verbatim-journey\", \"version\": 1, \"id\": \"m\","
                        + " \"stages\": [{\"id\": \"s\", \"binding\": {\"dataset\": \"d\", \"metric\": \"xyz\"}}]}"))
                .hasMessageContaining("unknown metric \"xyz\"");
        assertThatThrownBy(() -> JourneyJson.read("{oops")).hasMessageContaining("not JSON");
    }
}
