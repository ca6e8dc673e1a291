package io.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.ingest.survey.SurveyImporter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportersTest {

    private static final Path FILE = Path.of("export.csv");

    @Test
    void theMostConfidentImporterWins() {
        Importers importers =
                new Importers(List.of(new Fixed(DatasetKind.SURVEY, 10), new Fixed(DatasetKind.TICKETS, 90)));
        assertThat(importers.forFile(FILE).kind()).isEqualTo(DatasetKind.TICKETS);
    }

    @Test
    void aTableNobodyRecognisesIsReadAsASurvey() {
        Importers importers =
                new Importers(List.of(new Fixed(DatasetKind.TICKETS, 0), new Fixed(DatasetKind.SURVEY, 0)));
        assertThat(importers.forFile(FILE).kind()).isEqualTo(DatasetKind.SURVEY);
    }

    @Test
    void aTieGoesToTheEarlierImporter() {
        Importers importers =
                new Importers(List.of(new Fixed(DatasetKind.MENTIONS, 50), new Fixed(DatasetKind.TICKETS, 50)));
        assertThat(importers.forFile(FILE).kind()).isEqualTo(DatasetKind.MENTIONS);
    }

    @Test
    void anExplicitKindIsFoundOrReportedMissing() {
        Importers importers = new Importers(List.of(new SurveyImporter()));
        assertThat(importers.forKind(DatasetKind.SURVEY)).isPresent();
        assertThat(importers.forKind(DatasetKind.TICKETS)).isEmpty();
    }

    @Test
    void aNamedKindStillPicksTheBestImporterOfThatKind() {
        DatasetImporter table = new Fixed(DatasetKind.TICKETS, 0);
        DatasetImporter json = new Fixed(DatasetKind.TICKETS, 95);
        Importers importers = new Importers(List.of(new Fixed(DatasetKind.SURVEY, 99), table, json));
        assertThat(importers.forKind(DatasetKind.TICKETS, FILE)).containsSame(json);
    }

    @Test
    void aNamedKindThatNobodyRecognisesGoesToTheFirstImporterOfThatKind() {
        DatasetImporter table = new Fixed(DatasetKind.TICKETS, 0);
        Importers importers = new Importers(List.of(table, new Fixed(DatasetKind.TICKETS, 0)));
        assertThat(importers.forKind(DatasetKind.TICKETS, FILE)).containsSame(table);
    }

    /** An importer that only answers how sure it is. */
    private record Fixed(DatasetKind kind, int confidence) implements DatasetImporter {
        @Override
        public int recognise(Path file) {
            return confidence;
        }

        @Override
        public ImportPreview preview(Path file, ImportOptions options, int maxRows) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportResult importFile(
                Path file, ImportOptions options, DatasetRepository repository, JobContext context) {
            throw new UnsupportedOperationException();
        }
    }
}
