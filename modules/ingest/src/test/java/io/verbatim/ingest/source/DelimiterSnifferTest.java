package io.verbatim.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterSnifferTest {

    private final DelimiterSniffer sniffer = new DelimiterSniffer();

    @Test
    void commasInQuotedAnswersDoNotOutvoteTheSemicolon() {
        String text =
                """
                Дата;Регион;Комментарий
                05.03.2024;Москва;"Быстро, вежливо, удобно"
                06.03.2024;Казань;"Долго, но в итоге решили"
                """;
        assertThat(sniffer.sniff(text, true)).isEqualTo(';');
    }

    @Test
    void theCommaWinsForAnOrdinaryCsv() {
        assertThat(sniffer.sniff("a,b,c\n1,2,3\n4,\"5;6\",7\n", true)).isEqualTo(',');
    }

    @Test
    void tabsAndPipesAreRecognised() {
        assertThat(sniffer.sniff("a\tb\tc\n1\t2\t3\n", true)).isEqualTo('\t');
        assertThat(sniffer.sniff("a|b|c\n1|2|3\n", true)).isEqualTo('|');
    }

    @Test
    void aSingleColumnFileFallsBackToTheComma() {
        assertThat(sniffer.sniff("SolutionRevision\n2\n2\n", true)).isEqualTo(',');
    }

    @Test
    void anIncompleteLastRecordOfACutSampleDoesNotVote() {
        String cut = "a;b;c\n1;2;3\n4;5;6\n7;\"long answer, cut";
        assertThat(sniffer.sniff(cut, false)).isEqualTo(';');
    }
}
