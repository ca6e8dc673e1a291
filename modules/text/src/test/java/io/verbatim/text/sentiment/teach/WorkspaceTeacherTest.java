package io.verbatim.text.sentiment.teach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.text.lang.TextLanguage;
import io.verbatim.text.sentiment.ModelSentimentClassifier;
import io.verbatim.text.sentiment.SentimentLabel;
import io.verbatim.text.sentiment.SentimentModels;
import io.verbatim.text.sentiment.SharedSentimentData;
import io.verbatim.text.sentiment.data.LabeledText;
import io.verbatim.text.sentiment.train.MacroF1;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTeacherTest {

    /** In this team's product a "фича" is a change customers did not ask for: bad news. */
    private static final String CORRECTIONS =
            """
            text,label,language
            Выкатили новую фичу,negative,ru
            Фича снова в приложении,negative,ru
            Про фичу написали в рассылке,negative,
            Фичу включили всем клиентам,negative,ru
            Зашёл посмотреть на эту фичу,negative,ru
            Фичи теперь в главном меню,negative,ru
            """;

    private static final List<String> HELD =
            List.of("В приложении появилась фича", "Фичу добавили в личный кабинет", "Нам показали фичу на вебинаре");

    private final ModelSentimentClassifier shipped = SentimentModels.shipped();

    @Test
    void correctionsFlipTheTeamsWordInTextsTheyDidNotContain(@TempDir Path dir) throws IOException {
        ModelSentimentClassifier taught = WorkspaceTeacher.teach(shipped, CorrectionSet.read(write(dir, CORRECTIONS)));
        int negativeBefore = 0;
        for (String text : HELD) {
            double before = shipped.classify(text, TextLanguage.RU).score();
            negativeBefore += shipped.classify(text, TextLanguage.RU).label() == SentimentLabel.NEGATIVE ? 1 : 0;
            assertThat(taught.classify(text, TextLanguage.RU).label()).as(text).isEqualTo(SentimentLabel.NEGATIVE);
            assertThat(taught.classify(text, TextLanguage.RU).score()).as(text).isLessThan(before);
        }
        assertThat(negativeBefore).isLessThan(HELD.size());
        assertThat(taught.english()).isSameAs(shipped.english());
        String unrelated = "Спасибо, оператор очень вежливый и помог быстро";
        assertThat(taught.classify(unrelated, TextLanguage.RU).label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void teachingIsDeterministicAndKeepsHeldOutAccuracy(@TempDir Path dir) throws IOException {
        List<LabeledText> test = SharedSentimentData.require().cedr("test").subList(0, 600);
        CorrectionSet corrections = CorrectionSet.read(write(dir, CORRECTIONS));
        ModelSentimentClassifier taught = WorkspaceTeacher.teach(shipped, corrections);
        ModelSentimentClassifier again = WorkspaceTeacher.teach(shipped, corrections);
        assertThat(again.russian()).isEqualTo(taught.russian());
        double before = macroF1(shipped, test);
        double after = macroF1(taught, test);
        assertThat(after).isGreaterThan(before - 0.03);
    }

    @Test
    void aBadCorrectionsFileNamesTheLine(@TempDir Path dir) throws IOException {
        Path bad = write(dir, "text,label\nхорошо,positive\nплохо,bad\n");
        assertThatThrownBy(() -> CorrectionSet.read(bad))
                .isInstanceOf(CorrectionException.class)
                .hasMessage(bad + ":3: unknown sentiment 'bad'; use positive, neutral or negative");
        Path noLabel = write(dir, "text\nхорошо\n");
        assertThatThrownBy(() -> CorrectionSet.read(noLabel))
                .hasMessageContaining("columns text and label are required");
    }

    private static double macroF1(ModelSentimentClassifier classifier, List<LabeledText> rows) {
        List<SentimentLabel> gold = new ArrayList<>();
        List<SentimentLabel> predicted = new ArrayList<>();
        for (LabeledText row : rows) {
            gold.add(row.label());
            predicted.add(classifier.classify(row.text(), row.language()).label());
        }
        return MacroF1.of(gold, predicted);
    }

    private static Path write(Path dir, String content) throws IOException {
        Path file = Files.createTempFile(dir, "corrections", ".csv");
        Files.writeString(file, content);
        return file;
    }
}
