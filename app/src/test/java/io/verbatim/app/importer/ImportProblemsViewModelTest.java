package io.verbatim.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.TestWiring;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.ImportOptions;
import io.verbatim.ingest.catalog.StandardImporters;
import io.verbatim.ingest.report.ImportProblem;
import io.verbatim.ingest.report.ImportReport;
import io.verbatim.ingest.report.ProblemRule;
import io.verbatim.ingest.ticket.TicketImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's failure state lists every problem of a refused file, in the interface language, and saves them. */
class ImportProblemsViewModelTest {

    /** Bad cells at 3:5 (date) and 4:7 (number); line 5 has a ninth cell. */
    static final String BAD_TICKETS =
            """
            Ticket ID,Subject,Status,Priority,Created time,Resolved time,First reply time (min),Agent
            1,A,Open,Low,2024-01-05 10:00:00,,15,Ann
            2,B,Open,Low,tomorrow,,20,Ann
            3,C,Open,Low,2024-01-06 10:00:00,,fast,Ann
            4,D,Open,Low,2024-01-07 10:00:00,,5,Ann,stray
            """;

    @TempDir
    Path temp;

    private ImportException refusal() throws IOException {
        Path file = Files.writeString(temp.resolve("bad-tickets.csv"), BAD_TICKETS, StandardCharsets.UTF_8);
        try {
            new TicketImporter().preview(file, ImportOptions.defaults(), 10);
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("the file was not refused");
    }

    @Test
    void aRefusedPreviewInTheWizardShowsEveryProblem() throws IOException {
        Path file = Files.writeString(temp.resolve("bad-tickets.csv"), BAD_TICKETS, StandardCharsets.UTF_8);
        ImportWizardViewModel wizard = new ImportWizardViewModel(
                TestWiring.openSession(new InMemoryDatasetRepository()),
                StandardImporters.all(),
                new SynchronousJobRunner(),
                Messages.of(Language.ENGLISH));

        wizard.choose(file);

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.CHOOSE_FILE);
        assertThat(wizard.errorProperty().get())
                .isEqualTo("bad-tickets.csv:3:5: Column “Created time” holds dates and times; write this cell like the"
                        + " cells above it (for example 2024-03-05 10:15) or blank it. (and 2 more problems)");
        ImportProblemsViewModel problems = wizard.problems();
        assertThat(problems.shownProperty().get()).isTrue();
        assertThat(problems.rows())
                .extracting(ProblemRow::line, ProblemRow::column, ProblemRow::rule, ProblemRow::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("3", "5 · Created time", "Not a date", "tomorrow"),
                        org.assertj.core.groups.Tuple.tuple("4", "7 · First reply time (min)", "Not a number", "fast"),
                        org.assertj.core.groups.Tuple.tuple("5", "9", "Extra cells in a row", "stray"));
        assertThat(problems.summaryProperty().get()).isEqualTo("3 problems found; nothing was imported.");
        assertThat(problems.rows().getFirst().reason()).contains("is read as created_at");
        assertThat(problems.suggestedFileName()).isEqualTo("bad-tickets-problems.csv");
    }

    @Test
    void choosingAnotherFileClearsTheProblems() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad-tickets.csv"), BAD_TICKETS, StandardCharsets.UTF_8);
        Path good = Files.writeString(temp.resolve("good.csv"), "id,nps\n1,9\n2,7\n", StandardCharsets.UTF_8);
        ImportWizardViewModel wizard = new ImportWizardViewModel(
                TestWiring.openSession(new InMemoryDatasetRepository()),
                StandardImporters.all(),
                new SynchronousJobRunner(),
                Messages.of(Language.ENGLISH));
        wizard.choose(bad);

        wizard.choose(good);

        assertThat(wizard.problems().shownProperty().get()).isFalse();
        assertThat(wizard.problems().rows()).isEmpty();
    }

    @Test
    void inRussianTheRulesAndWhatToDoAreRussian() throws IOException {
        ImportProblemsViewModel problems =
                new ImportProblemsViewModel(new SynchronousJobRunner(), Messages.of(Language.RUSSIAN));

        problems.show(refusal());

        assertThat(problems.rows())
                .extracting(ProblemRow::rule)
                .containsExactly("Не дата", "Не число", "Лишние ячейки в строке");
        assertThat(problems.rows().get(1).message())
                .isEqualTo("Столбец «First reply time (min)» содержит числа: исправьте или очистите ячейку и"
                        + " импортируйте снова.");
        assertThat(problems.summaryProperty().get()).isEqualTo("Найдено проблем: 3; ничего не импортировано.");
        assertThat(problems.describe(refusal()))
                .startsWith("bad-tickets.csv:3:5: Столбец «Created time» содержит дату и время")
                .endsWith(" (и ещё проблем: 2)");
    }

    @Test
    void aCappedReportSaysHowManyOfHowManyAreListed() {
        ImportProblemsViewModel problems =
                new ImportProblemsViewModel(new SynchronousJobRunner(), Messages.of(Language.ENGLISH));
        ImportProblem one = ImportProblem.at("f.csv", 2, 1, ProblemRule.NUMBER, "bad");

        problems.show(new ImportException(new ImportReport(List.of(one, one), 1_500)));

        assertThat(problems.summaryProperty().get())
                .isEqualTo("The first 2 of 1,500 problems are listed; nothing was imported.");
    }

    @Test
    void anErrorThatIsNotARefusedImportShowsNoTable() {
        ImportProblemsViewModel problems =
                new ImportProblemsViewModel(new SynchronousJobRunner(), Messages.of(Language.ENGLISH));

        problems.show(new IllegalStateException("disk full"));

        assertThat(problems.shownProperty().get()).isFalse();
    }

    @Test
    void saveWritesTheReportCsv() throws IOException {
        ImportProblemsViewModel problems =
                new ImportProblemsViewModel(new SynchronousJobRunner(), Messages.of(Language.ENGLISH));
        problems.show(refusal());
        Path target = temp.resolve("saved.csv");

        problems.saveTo(target);

        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFfile,line,column,column_name,rule,value,message");
        assertThat(lines.get(2)).startsWith("bad-tickets.csv,4,7,First reply time (min),number,fast,");
        assertThat(problems.saveStatusProperty().get()).isEqualTo("Report saved to " + target);
    }
}
