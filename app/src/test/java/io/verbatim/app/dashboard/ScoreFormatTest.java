package io.verbatim.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreFormatTest {

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
            NPS,  NET_SCORE,       32.4, 29.6, 35.2, 812, +32,   ± 3,    false
            NPS,  NET_SCORE,       -4.6, -9.0, -0.2, 25,  -5,    ± 4,    true
            CSAT, TOP_BOX_PERCENT, 78.14, 76.0, 80.2, 900, 78.1%, ± 2.1,  false
            CES,  MEAN,            5.4321, 5.30, 5.56, 400, 5.43,  ± 0.13, false
            """)
    void formatsEachVariantItsOwnWay(
            Metric metric,
            Variant variant,
            double value,
            double low,
            double high,
            long n,
            String shown,
            String margin,
            boolean lowBase) {
        ScoreTable table = new ScoreTable(
                metric, variant, "d", "q", null, List.of(new Score(Score.ALL, n, value, low, high, 1)), "def");

        KpiTile tile = new ScoreFormat(Messages.of(Language.ENGLISH)).tile(metric, table);

        assertThat(tile.value()).isEqualTo(shown);
        assertThat(tile.margin()).isEqualTo(margin);
        assertThat(tile.lowBase()).isEqualTo(lowBase);
    }
}
