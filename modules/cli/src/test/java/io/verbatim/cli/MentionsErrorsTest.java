package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests {@code mentions} cannot answer end with exit 1 and one line that says what to do. */
class MentionsErrorsTest {

    @TempDir
    Path workspace;

    private CliRun cli;

    @BeforeEach
    void importSamples() throws URISyntaxException {
        cli = new CliRun(workspace);
        Path youscan = Path.of(System.getProperty("verbatim.repo.root", "../.."))
                .resolve("modules/ingest/src/test/resources/mentions/youscan_mentions.csv");
        Path survey =
                Path.of(getClass().getResource("/golden/golden_survey.csv").toURI());
        assertThat(cli.run("import", youscan.toString(), "--dataset", "ys").code())
                .isZero();
        assertThat(cli.run("import", survey.toString(), "--dataset", "survey").code())
                .isZero();
    }

    @Test
    void aSurveyIsNotAMentionDataset() {
        assertOneLine(cli.run("mentions", "--dataset", "survey", "--metric", "volume"), "holds survey, not mentions");
    }

    @Test
    void shareOfVoiceWithoutBrandColumnAsksForKeywordLists() {
        assertOneLine(cli.run("mentions", "--dataset", "ys", "--metric", "sov"), "--brands");
        assertOneLine(cli.run("mentions", "--dataset", "ys", "--metric", "sov", "--brands", "Acme"), "NAME=word,word");
    }

    @Test
    void badOptionsAreRefused() {
        assertOneLine(cli.run("mentions", "--dataset", "ys", "--metric", "spikes", "--window", "1"), "at least 2");
        assertOneLine(cli.run("mentions", "--dataset", "ys", "--metric", "volume", "--by", "nope"), "no column 'nope'");
        assertOneLine(cli.run("mentions", "--dataset", "ys", "--metric", "volume", "--zone", "Mars/Base"), "time zone");
        assertOneLine(
                cli.run("mentions", "--dataset", "ys", "--metric", "sentiment", "--by", "source", "--period", "week"),
                "not both");
        CliRun.Result unknown = cli.run("mentions", "--dataset", "ys", "--metric", "nps");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("expected one of [VOLUME, SENTIMENT, SOV, SPIKES]");
    }

    private static void assertOneLine(CliRun.Result result, String expected) {
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).contains(expected).doesNotContain("\n").doesNotContain("Exception");
    }
}
