package io.verbatim.app.texts;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.RealWorkspace;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.DatasetDraft;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.port.DatasetImport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The texts view-model over a real H2 workspace and the real text analysis: a dataset's comments analysed and
 * stored, filtered, corrected (kept in the workspace, undone) and taught.
 */
class TextsViewModelTest {

    private static final String LATE = "Курьер опоздал на три часа и нагрубил, ужасно";
    private static final String FEATURE = "Опять эта фича с подписками";

    @TempDir
    Path home;

    private RealWorkspace real;
    private TextsViewModel texts;

    @BeforeEach
    void openWorkspaceWithComments() {
        real = RealWorkspace.open(home);
        List<Column> columns = List.of(
                new Column(0, "id", "Response ID", ValueType.TEXT, null),
                new Column(1, "comment", "Комментарий", ValueType.TEXT, null));
        try (DatasetImport running = real.workspace()
                .datasets()
                .beginImport(new DatasetDraft("fb", DatasetKind.SURVEY, columns, "generic", "fb.csv"))) {
            running.append(new String[] {"R1", "Отличный сервис, всё быстро и удобно, спасибо!"});
            running.append(new String[] {"R2", LATE});
            running.append(new String[] {"R3", ""});
            running.append(new String[] {"R4", FEATURE});
            running.append(new String[] {"R5", FEATURE});
            running.append(new String[] {"R6", "Great support team, fast and helpful"});
            running.commit();
        }
        real.session().refresh("fb");
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
        texts = new TextsViewModel(
                real.session(),
                new SynchronousJobRunner(),
                Messages.of(Language.ENGLISH),
                new WorkspaceTextAnalysis(),
                clock);
    }

    @AfterEach
    void close() {
        real.close();
    }

    @Test
    void offersTheCommentColumnFirstAndShowsItsTextsBeforeAnalysis() {
        assertThat(texts.columns()).containsExactly("comment", "id");
        assertThat(texts.columnProperty().get()).isEqualTo("comment");
        assertThat(texts.rows()).extracting(TextRow::row).containsExactly(0, 1, 3, 4, 5);
        assertThat(texts.rows()).extracting(TextRow::sentiment).containsOnly("");
        assertThat(texts.summaryProperty().get()).contains("5 texts").contains("not analysed");
    }

    @Test
    void analysingStoresSentimentBesideTheColumnAndShowsIt() {
        texts.analyse();

        assertThat(row(1).sentiment()).isEqualTo("negative");
        assertThat(row(0).sentiment()).isEqualTo("positive");
        assertThat(row(5).language()).isEqualTo("en");
        assertThat(real.session().selectedProperty().get().column("comment_sentiment"))
                .isPresent();
        assertThat(texts.columns()).containsExactly("comment", "id");

        texts.filterProperty().set(SentimentFilter.NEGATIVE);
        assertThat(texts.rows()).extracting(TextRow::text).contains(LATE).doesNotContain(FEATURE + "!");
        texts.filterProperty().set(SentimentFilter.ALL);
        texts.searchProperty().set("ФИЧА");
        assertThat(texts.rows()).extracting(TextRow::row).containsExactly(3, 4);
    }

    @Test
    void aCorrectionChangesEveryRowOfTheTextIsKeptAndCanBeUndone() {
        texts.analyse();
        String before = row(3).sentiment();
        String flipped = before.equals("negative") ? "positive" : "negative";

        texts.correct(row(3), flipped);

        assertThat(row(3).sentiment()).isEqualTo(flipped);
        assertThat(row(4).sentiment()).isEqualTo(flipped);
        assertThat(row(4).corrected()).isTrue();
        assertThat(real.workspace().corrections().correction(FEATURE)).isPresent();
        assertThat(texts.canUndoProperty().get()).isTrue();
        texts.filterProperty().set(SentimentFilter.CORRECTED);
        assertThat(texts.rows()).extracting(TextRow::row).containsExactly(3, 4);

        texts.undo();

        assertThat(real.workspace().corrections().correction(FEATURE)).isEmpty();
        assertThat(texts.rows()).isEmpty();
        texts.filterProperty().set(SentimentFilter.ALL);
        assertThat(row(3).sentiment()).isEqualTo(before);
        assertThat(row(3).corrected()).isFalse();
        assertThat(texts.canUndoProperty().get()).isFalse();
    }

    @Test
    void teachingLearnsFromTheCorrectionsAndAnalysesAgainWithThem() {
        texts.analyse();
        // a label the shipped model does not give (it may already call this complaint negative)
        String label = row(3).sentiment().equals("negative") ? "positive" : "negative";
        texts.correct(row(3), label);

        texts.teach();

        assertThat(home.resolve("models").resolve("sentiment-ru.bin")).isRegularFile();
        assertThat(row(3).sentiment()).isEqualTo(label);
        assertThat(row(3).corrected()).isTrue();
        assertThat(texts.summaryProperty().get()).contains("2 corrected");
    }

    private TextRow row(int row) {
        return texts.rows().stream().filter(r -> r.row() == row).findFirst().orElseThrow();
    }
}
