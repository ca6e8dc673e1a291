package io.verbatim.ingest.survey.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.ingest.survey.layout.HeaderColumn;
import io.verbatim.ingest.survey.profile.ColumnProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionDetectorTest {

    private final QuestionDetector detector = new QuestionDetector();

    private Question detect(String header, String... answers) {
        ColumnProfile profile = new ColumnProfile();
        for (String answer : answers) {
            profile.accept(answer);
        }
        return detector.detect(new HeaderColumn(header, header, false), profile);
    }

    @ParameterizedTest(name = "{0} with answers {1} → {2} {3}–{4}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            How likely are you to recommend us to a friend?              | 0 3 9 10 | NPS  | 0 | 10
            Насколько вероятно, что вы порекомендуете нас?               | 0 6 10   | NPS  | 0 | 10
            Какова вероятность, что вы порекомендуете компанию?          | 8 9 10   | NPS  | 0 | 10
            How likely are you to recommend our company as a place to work? | 1 9 10 | ENPS | 0 | 10
            Порекомендуете ли вы нашу компанию как работодателя?         | 0 5 10   | ENPS | 0 | 10
            How satisfied are you with the support you received?        | 1 3 5    | CSAT | 1 | 5
            Насколько вы удовлетворены обслуживанием?                    | 2 4 7    | CSAT | 1 | 7
            The company made it easy for me to handle my issue.          | 1 6 7    | CES  | 1 | 7
            Насколько легко было решить вопрос?                          | 1 2 5    | CES  | 1 | 5
            NPS                                                          | 0 7 10   | NPS  | 0 | 10
            csat                                                         | 1 4 5    | CSAT | 1 | 5
            eNPS                                                         | 3 9      | ENPS | 0 | 10
            CES                                                          | 2 6      | CES  | 1 | 7
            """)
    void ratingQuestionsAreRecognisedFromWordingAndObservedScale(
            String header, String answers, MetricRole role, int min, int max) {
        Question question = detect(header, answers.split(" "));
        assertThat(question).isNotNull();
        assertThat(question.role()).isEqualTo(role);
        assertThat(question.scale().min()).isEqualTo(min);
        assertThat(question.scale().max()).isEqualTo(max);
    }

    @Test
    void anNpsWordedColumnWithAnswersOffTheElevenPointScaleGetsNoRole() {
        assertThat(detect("How likely are you to recommend us?", "1", "3", "5")).isNull();
        assertThat(detect("NPS", "1", "15", "40")).isNull();
    }

    @Test
    void effortWordingMakesTheLowEndTheGoodOne() {
        Question effort = detect("How much effort did you have to put forth?", "1", "2", "6");
        assertThat(effort.role()).isEqualTo(MetricRole.CES);
        assertThat(effort.direction()).isEqualTo(ScaleDirection.LOWER_IS_BETTER);
        Question easy = detect("How easy was it to get help?", "1", "2", "6");
        assertThat(easy.direction()).isEqualTo(ScaleDirection.HIGHER_IS_BETTER);
    }

    @Test
    void labelledLikelihoodAnswersReadAsNps() {
        Question question =
                detect("How likely are you to recommend us?", "10 - Extremely likely", "0 - Not at all likely", "7");
        assertThat(question.role()).isEqualTo(MetricRole.NPS);
        assertThat(question.scale().codeOf("10 - Extremely likely")).hasValue(10);
        assertThat(question.scale().codeOf("Not at all likely")).hasValue(0);
    }

    @Test
    void russianSatisfactionLabelsBecomeACsatScale() {
        Question question = detect("Оцените работу поддержки", "Очень доволен", "Скорее недоволен", "Очень недоволен");
        assertThat(question.role()).isEqualTo(MetricRole.CSAT);
        assertThat(question.scale().codeOf("очень доволен")).hasValue(5);
        assertThat(question.scale().codeOf("Скорее недоволен")).hasValue(2);
    }

    @Test
    void agreementLabelsAreAScaleAndCesWhenTheWordingIsAboutEase() {
        Question ces =
                detect("It was easy to resolve my issue", "Strongly agree", "Somewhat agree", "Strongly disagree");
        assertThat(ces.role()).isEqualTo(MetricRole.CES);
        assertThat(ces.scale().max()).isEqualTo(7);
        assertThat(ces.scale().codeOf("Somewhat agree")).hasValue(5);
        Question other = detect("The product meets my needs", "Agree", "Strongly agree", "Полностью не согласен");
        assertThat(other.role()).isEqualTo(MetricRole.OTHER);
        assertThat(other.scale().max()).isEqualTo(5);
    }

    @Test
    void metadataAndPlainTextNeverGetARole() {
        ColumnProfile profile = new ColumnProfile();
        profile.accept("9");
        assertThat(detector.detect(new HeaderColumn("Progress", "Progress", true), profile))
                .isNull();
        assertThat(detect("What could we improve?", "Faster delivery", "Nothing"))
                .isNull();
        assertThat(detect("Number of children", "0", "2", "9")).isNull();
    }
}
