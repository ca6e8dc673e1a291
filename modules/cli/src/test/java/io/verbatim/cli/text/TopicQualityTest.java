package io.verbatim.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, acceptance 2: topic discovery on BANKING77's 10,003 training queries, k chosen automatically, reaches NMI
 * 0.65 against the 77 intents (skipped when {@code ../shared/data} is absent).
 */
class TopicQualityTest {

    @Test
    void banking77ReachesNmiOfAtLeast065WithAutomaticK() {
        Path data = Path.of(System.getProperty("verbatim.shared.data", "../shared/data"), "text", "topics");
        assumeTrue(TopicDataSets.present(data), data + " is absent (shared data not beside the checkout): skipped");

        List<EvalTopicsCommand.Score> scores =
                EvalTopicsCommand.evaluate("banking77", TopicDataSets.banking77(data), List.of("intent"), 1);

        EvalTopicsCommand.Score score = scores.getFirst();
        assertThat(score.texts()).isEqualTo(10_003);
        assertThat(score.k()).isBetween(40, 200);
        assertThat(score.nmi()).isGreaterThanOrEqualTo(0.65);
        assertThat(score.purity()).isGreaterThan(0.45);
    }
}
