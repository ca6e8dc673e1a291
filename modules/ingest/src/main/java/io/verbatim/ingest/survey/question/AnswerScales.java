package io.verbatim.ingest.survey.question;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answer-label sets survey tools export instead of codes, in English and Russian. A column whose answers all belong
 * to one set gets that set's scale, so {@code Scale.codeOf("Somewhat satisfied")} is 4. Synonyms from different tools
 * share a code ("Extremely satisfied" in Qualtrics, "Very satisfied" in SurveyMonkey). Tried smallest first, so a
 * column that uses only 5-point agreement labels is not read as a 7-point scale.
 */
final class AnswerScales {

    private static final List<AnswerScale> SCALES = List.of(
            scale(
                    AnswerScale.Kind.SATISFACTION,
                    1,
                    5,
                    Map.of(
                            1,
                                    List.of(
                                            "extremely dissatisfied",
                                            "very dissatisfied",
                                            "очень недоволен",
                                            "совсем не доволен",
                                            "очень недовольна",
                                            "совершенно не удовлетворен"),
                            2,
                                    List.of(
                                            "somewhat dissatisfied",
                                            "dissatisfied",
                                            "скорее недоволен",
                                            "недоволен",
                                            "скорее недовольна",
                                            "недовольна",
                                            "не удовлетворен"),
                            3,
                                    List.of(
                                            "neither satisfied nor dissatisfied",
                                            "neutral",
                                            "нейтрально",
                                            "ни доволен, ни недоволен",
                                            "ни то ни другое",
                                            "ни то, ни другое"),
                            4,
                                    List.of(
                                            "somewhat satisfied",
                                            "satisfied",
                                            "скорее доволен",
                                            "доволен",
                                            "скорее довольна",
                                            "довольна",
                                            "удовлетворен"),
                            5,
                                    List.of(
                                            "extremely satisfied",
                                            "very satisfied",
                                            "очень доволен",
                                            "очень довольна",
                                            "полностью доволен",
                                            "полностью удовлетворен"))),
            scale(
                    AnswerScale.Kind.AGREEMENT,
                    1,
                    5,
                    Map.of(
                            1,
                                    List.of(
                                            "strongly disagree",
                                            "полностью не согласен",
                                            "совершенно не согласен",
                                            "категорически не согласен"),
                            2, List.of("disagree", "не согласен", "скорее не согласен"),
                            3,
                                    List.of(
                                            "neither agree nor disagree",
                                            "neutral",
                                            "нейтрально",
                                            "ни согласен, ни не согласен",
                                            "ни то ни другое",
                                            "ни то, ни другое"),
                            4, List.of("agree", "согласен", "скорее согласен"),
                            5, List.of("strongly agree", "полностью согласен", "совершенно согласен"))),
            scale(
                    AnswerScale.Kind.AGREEMENT,
                    1,
                    7,
                    Map.of(
                            1, List.of("strongly disagree", "полностью не согласен", "совершенно не согласен"),
                            2, List.of("disagree", "не согласен"),
                            3, List.of("somewhat disagree", "скорее не согласен", "отчасти не согласен"),
                            4,
                                    List.of(
                                            "neither agree nor disagree",
                                            "neutral",
                                            "нейтрально",
                                            "ни согласен, ни не согласен",
                                            "ни то ни другое",
                                            "ни то, ни другое"),
                            5, List.of("somewhat agree", "скорее согласен", "отчасти согласен"),
                            6, List.of("agree", "согласен"),
                            7, List.of("strongly agree", "полностью согласен", "совершенно согласен"))),
            scale(
                    AnswerScale.Kind.EASE,
                    1,
                    5,
                    Map.of(
                            1, List.of("very difficult", "extremely difficult", "очень сложно", "очень трудно"),
                            2, List.of("difficult", "somewhat difficult", "сложно", "скорее сложно", "трудно"),
                            3, List.of("neither easy nor difficult", "neutral", "нейтрально", "ни легко, ни сложно"),
                            4, List.of("easy", "somewhat easy", "легко", "скорее легко", "просто"),
                            5, List.of("very easy", "extremely easy", "очень легко", "очень просто"))));

    private AnswerScales() {}

    /** The first known scale whose labels cover every answer, if any; one answer alone proves no scale. */
    static Optional<AnswerScale> matching(Set<String> answers) {
        if (answers.size() < 2) {
            return Optional.empty();
        }
        return SCALES.stream()
                .filter(s -> s.labels().keySet().containsAll(answers))
                .findFirst();
    }

    private static AnswerScale scale(AnswerScale.Kind kind, int min, int max, Map<Integer, List<String>> byCode) {
        Map<String, Integer> labels = new HashMap<>();
        byCode.forEach((code, words) -> words.forEach(w -> labels.put(w, code)));
        return new AnswerScale(kind, min, max, Map.copyOf(labels));
    }
}
