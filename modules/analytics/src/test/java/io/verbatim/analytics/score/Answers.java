package io.verbatim.analytics.score;

import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import java.util.Arrays;
import java.util.stream.IntStream;

/** Compact ways to write answers and questions in golden tables. */
final class Answers {

    private Answers() {}

    /** "10 10 9 8" as codes; an empty string is no answers at all. */
    static int[] codes(String spaceSeparated) {
        String text = spaceSeparated == null ? "" : spaceSeparated.strip();
        return text.isEmpty()
                ? new int[0]
                : Arrays.stream(text.split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }

    /** {@code count} copies of {@code code}, for samples too big to spell out. */
    static IntStream repeat(int code, int count) {
        return IntStream.generate(() -> code).limit(count);
    }

    static Question question(MetricRole role, int min, int max) {
        return new Question(role, Scale.of(min, max), ScaleDirection.HIGHER_IS_BETTER);
    }

    static Question reversed(MetricRole role, int min, int max) {
        return new Question(role, Scale.of(min, max), ScaleDirection.LOWER_IS_BETTER);
    }
}
