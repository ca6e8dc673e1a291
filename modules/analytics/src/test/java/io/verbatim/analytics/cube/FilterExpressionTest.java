package io.verbatim.analytics.cube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.analytics.score.ScoreException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterExpressionTest {

    @Test
    void readsValueListsExclusionsAndDateBounds() {
        assertThat(FilterExpression.parse(" Region = Москва, Казань ; Channel!=app;date>=2025-01-01; date<2025-04-01"))
                .containsExactly(
                        Filter.in("Region", Set.of("Москва", "Казань")),
                        Filter.notIn("Channel", Set.of("app")),
                        Filter.dates(LocalDate.of(2025, 1, 1), null),
                        Filter.dates(null, LocalDate.of(2025, 4, 1)));
        assertThat(FilterExpression.parse("Region=(blank)")).containsExactly(Filter.in("Region", Set.of("")));
        assertThat(FilterExpression.parse(" ; ")).isEmpty();
    }

    @Test
    void aConditionItCannotReadIsNamedWithHowToWriteIt() {
        assertThatThrownBy(() -> FilterExpression.parse("Region"))
                .isInstanceOf(ScoreException.class)
                .hasMessage("cannot read the filter \"Region\": write COLUMN=VALUE, COLUMN!=VALUE, date>=YYYY-MM-DD or"
                        + " date<YYYY-MM-DD");
        assertThatThrownBy(() -> FilterExpression.parse("NPS>=9"))
                .hasMessageContaining("only the response date compares");
        assertThatThrownBy(() -> FilterExpression.parse("date>=01.02.2025")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> FilterExpression.parse("Region=")).hasMessageContaining("cannot read the filter");
    }
}
