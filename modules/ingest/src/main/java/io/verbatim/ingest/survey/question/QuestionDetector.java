package io.verbatim.ingest.survey.question;

import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.ingest.survey.layout.HeaderColumn;
import io.verbatim.ingest.survey.profile.ColumnProfile;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Proposes the metric role of a column from two kinds of evidence that must agree: the wording of its header and the
 * answers actually observed. Wording alone is not enough (METRICS.md pitfall 1): an "NPS" column with answers up to 5 is
 * not a 0–10 scale and gets no role, so no score is ever computed on the wrong scale. The analyst confirms or overrides
 * what is proposed here.
 */
public final class QuestionDetector {

    private static final Map<String, Integer> LIKELIHOOD_LABELS =
            Map.of("not at all likely", 0, "extremely likely", 10, "совсем маловероятно", 0, "очень вероятно", 10);

    /** @return the proposed question, or null when the column is not a rating question we recognise */
    public Question detect(HeaderColumn header, ColumnProfile profile) {
        if (header.metadata() || profile.nonBlank() == 0) {
            return null;
        }
        RoleWords words = new RoleWords(header.key(), header.label());
        Optional<Question> labelled = labelled(words, profile);
        if (labelled.isPresent()) {
            return labelled.get();
        }
        if (!profile.integerCodes()) {
            return null;
        }
        MetricRole named = namedRole(header);
        if (named != null) {
            return onObservedScale(named, profile, words);
        }
        if (words.recommend()) {
            return nps(words.employer() ? MetricRole.ENPS : MetricRole.NPS, profile);
        }
        if (words.satisfaction()) {
            return onObservedScale(MetricRole.CSAT, profile, words);
        }
        if (words.ease()) {
            return onObservedScale(MetricRole.CES, profile, words);
        }
        return null;
    }

    private static Optional<Question> labelled(RoleWords words, ColumnProfile profile) {
        return AnswerScales.matching(profile.distinctAnswers()).map(scale -> {
            Scale withLabels = new Scale(scale.min(), scale.max(), scale.labels());
            MetricRole role =
                    switch (scale.kind()) {
                        case SATISFACTION -> MetricRole.CSAT;
                        case EASE -> MetricRole.CES;
                        case AGREEMENT -> words.ease() ? MetricRole.CES : MetricRole.OTHER;
                    };
            return new Question(role, withLabels, ScaleDirection.HIGHER_IS_BETTER);
        });
    }

    /** A column named exactly nps, enps, csat or ces (any case) says its role outright. */
    private static MetricRole namedRole(HeaderColumn header) {
        for (String name : new String[] {header.key(), header.label()}) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "nps" -> {
                    return MetricRole.NPS;
                }
                case "enps" -> {
                    return MetricRole.ENPS;
                }
                case "csat" -> {
                    return MetricRole.CSAT;
                }
                case "ces" -> {
                    return MetricRole.CES;
                }
                default -> {
                    // not a metric name; try the label
                }
            }
        }
        return null;
    }

    private static Question onObservedScale(MetricRole role, ColumnProfile profile, RoleWords words) {
        if (role == MetricRole.NPS || role == MetricRole.ENPS) {
            return nps(role, profile);
        }
        if (profile.minCode() < 1 || profile.maxCode() > 7) {
            return null;
        }
        // A sample can miss the top answers; 5 points is the common CSAT scale and the original CES one.
        int max = profile.maxCode() <= 5 ? 5 : 7;
        ScaleDirection direction = role == MetricRole.CES && words.effortWording()
                ? ScaleDirection.LOWER_IS_BETTER
                : ScaleDirection.HIGHER_IS_BETTER;
        return new Question(role, Scale.of(1, max), direction);
    }

    /**
     * NPS needs answers on 0–10. Answers that all stay within 1–5 are more likely a 5-point "how likely" question, so
     * they need a 0 or an answer above 7 as evidence of the 11-point scale.
     */
    private static Question nps(MetricRole role, ColumnProfile profile) {
        boolean inRange = profile.minCode() >= 0 && profile.maxCode() <= 10;
        boolean elevenPoints = profile.minCode() == 0 || profile.maxCode() > 7;
        if (!inRange || !elevenPoints) {
            return null;
        }
        return new Question(role, new Scale(0, 10, LIKELIHOOD_LABELS), ScaleDirection.HIGHER_IS_BETTER);
    }
}
