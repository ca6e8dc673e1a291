package io.verbatim.ingest.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.ingest.ImportException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingJsonTest {

    private static final Path SOURCE = Path.of("mapping.json");

    @Test
    void everyKeyReadsBackAfterWriting() {
        ColumnMapping mapping = new ColumnMapping(
                DatasetKind.TICKETS,
                Map.of("created_at", "Открыто"),
                Map.of(),
                DateOrder.DMY,
                ZoneId.of("Europe/Moscow"),
                List.of("Примечание"),
                true);

        assertThat(MappingJson.parse(MappingJson.write(mapping), SOURCE)).isEqualTo(mapping);
    }

    @Test
    void anEmptyObjectDecidesNothing() {
        assertThat(MappingJson.parse("{}", SOURCE).isEmpty()).isTrue();
        assertThat(MappingJson.write(ColumnMapping.NONE)).isEqualTo("{ }");
    }

    @Test
    void aSurveyMappingNamesRolesSkippedColumnsAndDateRulesButNoFields() {
        assertThat(MappingJson.parse("{\"kind\": \"survey\", \"roles\": {\"Q5\": \"nps\"}}", SOURCE)
                        .roles())
                .containsEntry("Q5", "nps");
        assertThat(MappingJson.parse("{\"kind\": \"survey\", \"skip\": [\"Email\"]}", SOURCE)
                        .skip())
                .containsExactly("Email");
        assertThat(MappingJson.parse("{\"kind\": \"survey\", \"date_order\": \"DMY\"}", SOURCE)
                        .dateOrder())
                .isEqualTo(DateOrder.DMY);
        assertThatThrownBy(
                        () -> MappingJson.parse("{\"kind\": \"survey\", \"fields\": {\"id\": \"ResponseId\"}}", SOURCE))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("a survey mapping names \"roles\"");
        assertThatThrownBy(() -> MappingJson.parse("{\"kind\": \"tickets\", \"roles\": {\"Q5\": \"nps\"}}", SOURCE))
                .hasMessageContaining("\"roles\" are question roles of a survey");
    }

    @Test
    void wrongValuesAreNamedWithWhatIsAllowed() {
        assertThatThrownBy(() -> MappingJson.parse("{\"date_order\": \"YMD\"}", SOURCE))
                .hasMessageStartingWith("mapping.json: \"date_order\": \"YMD\"")
                .hasMessageContaining("DMY");
        assertThatThrownBy(() -> MappingJson.parse("{\"time_zone\": \"Mars/Olympus\"}", SOURCE))
                .hasMessageContaining("Europe/Moscow");
        assertThatThrownBy(() -> MappingJson.parse("{\"kind\": \"documents\"}", SOURCE))
                .hasMessageContaining("survey, tickets or mentions");
        assertThatThrownBy(() -> MappingJson.parse("[]", SOURCE)).hasMessageContaining("one JSON object");
    }
}
