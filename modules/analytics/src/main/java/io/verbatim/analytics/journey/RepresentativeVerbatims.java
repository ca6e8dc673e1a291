package io.verbatim.analytics.journey;

import io.verbatim.analytics.score.AnswerCodes;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.score.Metric;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the few verbatims a stage shows, deterministically, so the same data always shows the same quotes
 * (ADR 0032). Among the stage's rows with a non-blank text, a text ranks higher when:
 *
 * <ol>
 *   <li>its respondent's answer leans the way the stage's score leans: a detractor (NPS 0–6) or an answer below the
 *       scale's midpoint for a stage whose derived emotion is negative, a promoter (9–10) or an answer above the
 *       midpoint for a positive one (the question's direction respected). Then come rows that lean neither way or did
 *       not answer, and last the rows that lean against the stage, so the quotes explain the number rather than
 *       contradict it;
 *   <li>it is 30–200 characters long: long enough to say something, short enough for a sticky note;
 *   <li>then by a fixed hash of the text (Java's {@code String.hashCode}), which spreads the picks over the whole
 *       period instead of always quoting the first rows imported, and is the same on every machine.
 * </ol>
 *
 * Texts are distinct after trimming, collapsing white space and ignoring case.
 */
final class RepresentativeVerbatims {

    /** How many verbatims a stage shows. */
    static final int LIMIT = 3;

    static final int SHORTEST_USEFUL = 30;
    static final int LONGEST_USEFUL = 200;

    private RepresentativeVerbatims() {}

    /**
     * @param texts the dataset's text column
     * @param answers the dataset's scored question
     * @param rows the stage's rows
     * @param direction the sign of the stage's derived emotion: −1, 0 (no preference) or +1
     */
    static List<String> choose(
            String[] texts, String[] answers, BitSet rows, Metric metric, Question question, int direction) {
        int[] codes = AnswerCodes.of(answers, question.scale());
        List<Candidate> candidates = new ArrayList<>();
        for (int row = rows.nextSetBit(0); row >= 0; row = rows.nextSetBit(row + 1)) {
            String text = texts[row] == null ? "" : texts[row].strip();
            if (!text.isEmpty()) {
                int lean = lean(metric, question, codes[row]);
                int agreement = direction == 0 || lean == 0 ? 1 : lean == direction ? 0 : 2;
                int length = text.codePointCount(0, text.length());
                boolean useful = length >= SHORTEST_USEFUL && length <= LONGEST_USEFUL;
                candidates.add(new Candidate(text, agreement, useful ? 0 : 1, row));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::agreement)
                .thenComparingInt(Candidate::lengthRank)
                .thenComparingInt(c -> c.text().hashCode())
                .thenComparingInt(Candidate::row));
        List<String> chosen = new ArrayList<>(LIMIT);
        Set<String> seen = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (chosen.size() == LIMIT) {
                break;
            }
            if (seen.add(normalised(candidate.text()))) {
                chosen.add(candidate.text());
            }
        }
        return chosen;
    }

    /** −1 when an answer leans negative, +1 positive, 0 neither or no answer. */
    static int lean(Metric metric, Question question, int code) {
        if (code == AnswerCodes.NO_ANSWER) {
            return 0;
        }
        if (metric == Metric.NPS || metric == Metric.ENPS) {
            return code >= 9 ? 1 : code <= 6 ? -1 : 0;
        }
        Scale scale = question.scale();
        int twice = 2 * code - (scale.min() + scale.max());
        int sign = Integer.signum(twice);
        return question.direction() == ScaleDirection.LOWER_IS_BETTER ? -sign : sign;
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private record Candidate(String text, int agreement, int lengthRank, int row) {}
}
