package io.verbatim.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.dataset.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {

    private static final Canonical ID = new Canonical("id", ValueType.TEXT);
    private static final Canonical CREATED = new Canonical("created_at", ValueType.DATETIME);

    private final Synonyms synonyms = Synonyms.parse(
            List.of(ID, CREATED),
            """
            id = Issue key | Id | Номер обращения
            created_at = Created at | Дата создания
            """);

    @Test
    void headersAreComparedWithoutCasePunctuationOrTheDotsOfYo() {
        assertThat(HeaderNames.normalise("First response time (in hrs)")).isEqualTo("first response time in hrs");
        assertThat(HeaderNames.normalise("tweet_id")).isEqualTo("tweet id");
        assertThat(HeaderNames.normalise(" Вовлечённость ")).isEqualTo("вовлеченность");
        assertThat(synonyms.map(List.of("CREATED_AT", "НОМЕР ОБРАЩЕНИЯ"))).containsExactly(CREATED, ID);
    }

    @Test
    void theEarlierSynonymWinsWhenTwoColumnsCouldFillOneField() {
        assertThat(synonyms.map(List.of("Id", "Summary", "Issue key"))).containsExactly(null, null, ID);
    }

    @Test
    void eachFieldTakesOneColumnAndTheRestStayUnmapped() {
        assertThat(synonyms.map(List.of("Created at", "Created at", "Region"))).containsExactly(CREATED, null, null);
        assertThat(synonyms.matches(List.of("Created at", "Id", "Region"))).isEqualTo(2);
    }

    @Test
    void aSynonymLineForAnUnknownFieldIsAProgrammingError() {
        assertThatThrownBy(() -> Synonyms.parse(List.of(ID), "reach = Reach"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
