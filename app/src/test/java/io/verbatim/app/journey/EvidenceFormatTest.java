package io.verbatim.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceFormatTest {

    private static StageEvidence evidence(Metric metric, Score score) {
        return new StageEvidence("s", new Binding("d", metric, "", "", ""), score, List.of(), 0);
    }

    @Test
    void netScoresAreSignedAndWholePercentagesHaveATenthAndBasesAreGrouped() {
        EvidenceFormat english = new EvidenceFormat(Messages.of(Language.ENGLISH));

        assertThat(english.metricLine(evidence(Metric.NPS, new Score("all", 1412, 23.4, 17.2, 29.6, 3))))
                .isEqualTo("NPS +23 ± 6 · n=1,412");
        assertThat(english.metricLine(evidence(Metric.NPS, new Score("all", 578, -18.2, -25.1, -11.3, 3))))
                .isEqualTo("NPS −18 ± 7 · n=578");
        assertThat(english.metricLine(evidence(Metric.CSAT, new Score("all", 90, 71.26, 62.0, 80.6, 4))))
                .isEqualTo("CSAT 71.3% ± 9.3 · n=90");
        assertThat(english.metricLine(evidence(Metric.NPS, new Score("all", 0, Double.NaN, Double.NaN, Double.NaN, 0))))
                .isEqualTo("NPS: no answers for this filter");
        assertThat(english.quoted(" Долго ждал ")).isEqualTo("“Долго ждал”");
    }

    @Test
    void russianUsesItsOwnSeparatorsAndQuotes() {
        EvidenceFormat russian = new EvidenceFormat(Messages.of(Language.RUSSIAN));

        assertThat(russian.metricLine(evidence(Metric.CES, new Score("all", 1412, 4.256, 4.1, 4.4, 0.1))))
                .matches("CES 4,26 ± 0,15 · n=1\\h412");
        assertThat(russian.quoted("Долго ждал")).isEqualTo("«Долго ждал»");
    }
}
