package io.verbatim.ingest.survey.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnKeysTest {

    @Test
    void blankAndRepeatedHeadersGetStableUniqueKeys() {
        assertThat(ColumnKeys.unique(Arrays.asList("Region", "", "region", null, "Region")))
                .containsExactly("Region", "column_2", "region_2", "column_4", "Region_3");
    }

    @Test
    void shortHeadersAreKeptAsTheyAre() {
        assertThat(ColumnKeys.shorten("How likely are you to recommend us?"))
                .isEqualTo("How likely are you to recommend us?");
    }

    @Test
    void longQuestionTextsAreShortenedKeepingTheirStartAndTheSubLabel() {
        String question = "Planned unit developments are projects in which developers are able to exceed the height"
                + " and density allowed - Affordable housing";
        String key = ColumnKeys.shorten(question);
        assertThat(key).hasSizeLessThanOrEqualTo(ColumnKeys.MAX_KEY_LENGTH);
        assertThat(key).startsWith("Planned unit developments are").endsWith("Affordable housing");
    }

    @Test
    void subColumnsOfOneLongQuestionStayDistinct() {
        String question = "Please rank the following benefits in the order in which you would prioritize them";
        List<String> keys = ColumnKeys.unique(List.of(question + " - Parks", question + " - Schools"));
        assertThat(keys.get(0)).endsWith("Parks");
        assertThat(keys.get(1)).endsWith("Schools");
    }
}
