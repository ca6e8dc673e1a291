package io.verbatim.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.ingest.Importers;
import io.verbatim.ingest.TestFiles;
import io.verbatim.ingest.mention.MentionImporter;
import io.verbatim.ingest.survey.SurveyImporter;
import io.verbatim.ingest.ticket.TicketImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableRecognitionTest {

    private final TicketImporter tickets = new TicketImporter();
    private final MentionImporter mentions = new MentionImporter();
    private final Importers importers = new Importers(List.of(new SurveyImporter(), tickets, mentions));

    @ParameterizedTest(name = "the survey {0} is taken neither for tickets nor for mentions")
    @ValueSource(
            strings = {
                "qualtrics/sample.csv",
                "qualtrics/sample_legacy.csv",
                "qualtrics/Beskar Armor.csv",
                "qualtrics/Beskar Armor.custom_columns.csv",
                "demo-survey"
            })
    void surveysAreNotTakenForTicketsOrMentions(String name) {
        Path file = name.equals("demo-survey") ? demoSurvey() : TestFiles.resource(name);

        assertThat(tickets.recognise(file)).isZero();
        assertThat(mentions.recognise(file)).isZero();
        assertThat(importers.forFile(file).kind()).isEqualTo(DatasetKind.SURVEY);
    }

    @ParameterizedTest(name = "{0} goes to the importer of its kind")
    @ValueSource(
            strings = {
                "tickets/zendesk_view_export.csv",
                "tickets/freshdesk_tickets.csv",
                "tickets/jira_sm_export.csv",
                "tickets/intercom_conversations.csv",
                "tickets/tickets_ru_1251.csv",
                "mentions/youscan_mentions.csv",
                "mentions/brand24_mentions.csv",
                "mentions/brandwatch_mentions.csv",
                "mentions/talkwalker_mentions.csv",
                "mentions/medialogia_ru.csv"
            })
    void ticketAndMentionSamplesAreNotTakenForSurveys(String name) {
        DatasetKind expected = name.startsWith("tickets/") ? DatasetKind.TICKETS : DatasetKind.MENTIONS;

        assertThat(importers.forFile(TestFiles.resource(name)).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "an unreadable file ({0}) is recognised by nobody")
    @ValueSource(strings = {"xlsx/corrupt.xlsx", "no-such-file.csv"})
    void unreadableFilesScoreZero(String name) {
        Path file = name.startsWith("no-such") ? Path.of(name) : TestFiles.resource(name);

        assertThat(tickets.recognise(file)).isZero();
        assertThat(mentions.recognise(file)).isZero();
    }

    private static Path demoSurvey() {
        Path file = Path.of(System.getProperty("verbatim.repo.root", "../.."), "resources/demo/demo-survey.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), file + " is absent: skipped");
        return file;
    }
}
