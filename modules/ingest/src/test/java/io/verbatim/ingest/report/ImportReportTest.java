package io.verbatim.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.survey.SurveyImporter;
import io.verbatim.ingest.ticket.TicketImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import finds every bad cell and row of an otherwise readable file, and still refuses the file as a whole. */
class ImportReportTest {

    /** Bad cells at 3:5 (date), 4:7 (number), 5:6 (date) and 5:7 (number); line 6 has a ninth cell. */
    static final String BAD_TICKETS =
            """
            Ticket ID,Subject,Status,Priority,Created time,Resolved time,First reply time (min),Agent
            1,A,Open,Low,2024-01-05 10:00:00,,15,Ann
            2,B,Open,Low,tomorrow,,20,Ann
            3,C,Open,Low,2024-01-06 10:00:00,,fast,Ann
            4,D,Open,Low,2024-01-07 10:00:00,soon,1 hour,Ann
            5,E,Open,Low,2024-01-08 10:00:00,,5,Ann,stray
            6,F,Open,Low,2024-01-09 10:00:00,2024-01-09 12:00:00,7,Ann
            """;

    @TempDir
    Path temp;

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    @Test
    void everyBadCellAndRowIsReportedInFileOrderWithItsLineColumnHeaderRuleAndValue() throws IOException {
        Path file = Files.writeString(temp.resolve("bad-tickets.csv"), BAD_TICKETS, StandardCharsets.UTF_8);

        ImportException error = catchThrowableOfType(ImportException.class, () -> new TicketImporter()
                .importFile(file, ImportOptions.defaults(), repository, JobContext.none()));

        assertThat(error.report().problems())
                .extracting(
                        ImportProblem::line,
                        ImportProblem::column,
                        ImportProblem::columnName,
                        p -> p.rule().id(),
                        ImportProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, 5, "Created time", "date", "tomorrow"),
                        org.assertj.core.groups.Tuple.tuple(4L, 7, "First reply time (min)", "number", "fast"),
                        org.assertj.core.groups.Tuple.tuple(5L, 6, "Resolved time", "date", "soon"),
                        org.assertj.core.groups.Tuple.tuple(5L, 7, "First reply time (min)", "number", "1 hour"),
                        org.assertj.core.groups.Tuple.tuple(6L, 9, "", "ragged-row", "stray"));
        assertThat(error.report().total()).isEqualTo(5);
        assertThat(error.report().problems()).allMatch(p -> p.file().equals("bad-tickets.csv"));
        assertThat(error.getMessage())
                .startsWith("bad-tickets.csv:3:5: column \"Created time\" is read as created_at")
                .endsWith("; and 4 more problems")
                .doesNotContain("\n");
        assertThat(repository.datasets()).isEmpty();
        assertThat(repository.lastImportCommitted()).isFalse();
    }

    @Test
    void thePreviewRefusesWithTheSameProblems() throws IOException {
        Path file = Files.writeString(temp.resolve("bad-tickets.csv"), BAD_TICKETS, StandardCharsets.UTF_8);

        ImportException error = catchThrowableOfType(
                ImportException.class, () -> new TicketImporter().preview(file, ImportOptions.defaults(), 5));

        assertThat(error.report().total()).isEqualTo(5);
    }

    @Test
    void aDateCellThatBreaksTheShapeOfTheCellsAboveDoesNotCondemnTheCellsBelow() throws IOException {
        Path file = Files.writeString(
                temp.resolve("dates.csv"),
                """
                Ticket ID,Subject,Created time
                1,A,2024-01-05 10:00:00
                2,B,05.01.2024 10:00
                3,C,2024-01-07 10:00:00
                """,
                StandardCharsets.UTF_8);

        ImportException error = catchThrowableOfType(ImportException.class, () -> new TicketImporter()
                .importFile(file, ImportOptions.defaults(), repository, JobContext.none()));

        assertThat(error.report().problems())
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(3))
                .satisfies(p -> assertThat(p.value()).isEqualTo("05.01.2024 10:00"));
    }

    @Test
    void theReportKeepsTheFirstThousandProblemsAndCountsTheRest() throws IOException {
        StringBuilder csv = new StringBuilder("Ticket ID,Subject,Created time\n");
        for (int i = 1; i <= 3_000; i++) {
            csv.append(i)
                    .append(",S,")
                    .append(i % 2 == 0 ? "later" : "2024-01-05 10:00:00")
                    .append('\n');
        }
        Path file = Files.writeString(temp.resolve("many.csv"), csv, StandardCharsets.UTF_8);

        ImportException error = catchThrowableOfType(ImportException.class, () -> new TicketImporter()
                .importFile(file, ImportOptions.defaults(), repository, JobContext.none()));

        assertThat(error.report().problems()).hasSize(ProblemCollector.DEFAULT_CAP);
        assertThat(error.report().total()).isEqualTo(1_500);
        assertThat(error.report().omitted()).isEqualTo(500);
        assertThat(error.report().problems().getLast().line()).isEqualTo(2_001);
        assertThat(error.getMessage()).endsWith("; and 1,499 more problems");
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void aSurveyWithSeveralRaggedRowsListsThemAllAndLoadsNothing() throws IOException {
        Path file = Files.writeString(
                temp.resolve("survey.csv"),
                """
                id,region,nps
                1,North,9
                2,South,7,oops
                3,East,10
                4,West,3,x,y
                """,
                StandardCharsets.UTF_8);

        ImportException error = catchThrowableOfType(ImportException.class, () -> new SurveyImporter()
                .importFile(file, ImportOptions.defaults(), repository, JobContext.none()));

        assertThat(error.report().problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, 4, ProblemRule.RAGGED_ROW),
                        org.assertj.core.groups.Tuple.tuple(5L, 4, ProblemRule.RAGGED_ROW));
        assertThat(repository.datasets()).isEmpty();
    }

    @Test
    void aFatalStructuralFaultIsAReportOfOneProblem() throws IOException {
        Path file = Files.write(temp.resolve("empty.csv"), new byte[0]);

        ImportException error = catchThrowableOfType(ImportException.class, () -> new SurveyImporter()
                .importFile(file, ImportOptions.defaults(), repository, JobContext.none()));

        assertThat(error.report().problems()).singleElement();
        assertThat(error.rule()).isEqualTo(ProblemRule.EMPTY_FILE);
        assertThat(error.getMessage()).isEqualTo("empty.csv: the file is empty");
    }

    @Test
    void aCollectorKeepsItsCapAndCountsEverything() {
        ProblemCollector collector = new ProblemCollector(2);
        for (int i = 1; i <= 5; i++) {
            collector.add(ImportProblem.at("f.csv", i, 1, ProblemRule.NUMBER, "bad " + i));
        }

        ImportException error = catchThrowableOfType(ImportException.class, collector::refuseIfAny);

        assertThat(error.report().problems()).extracting(ImportProblem::message).containsExactly("bad 1", "bad 2");
        assertThat(error.report().total()).isEqualTo(5);
        assertThat(error.report().omitted()).isEqualTo(3);
        assertThat(error.getMessage()).isEqualTo("f.csv:1:1: bad 1; and 4 more problems");
    }

    @Test
    void aLongValueIsCutToEightyCharacters() {
        ImportProblem problem =
                new ImportProblem("f.csv", 2, 3, "note", ProblemRule.NUMBER, "x".repeat(200), "not a number");

        assertThat(problem.value()).hasSize(81).endsWith("…");
    }

    @Test
    void ruleIdsAreStable() {
        assertThat(ProblemRule.RAGGED_ROW.id()).isEqualTo("ragged-row");
        assertThat(ProblemRule.CELL_TOO_LARGE.id()).isEqualTo("cell-too-large");
        assertThat(ProblemRule.byId("zip-bomb")).contains(ProblemRule.ZIP_BOMB);
    }
}
