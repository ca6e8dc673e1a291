package io.verbatim.app.testing;

import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A tiny survey for view-model tests, on the shared port double: region, month, nps (0–10), csat (1–5), comment. */
public final class SmallSurvey {

    private static final int ROWS = 28;

    private SmallSurvey() {}

    public static InMemoryDatasetRepository repository() {
        InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
        repository
                .survey("small")
                .text("region", cells(i -> i % 2 == 0 ? "Москва" : "London"))
                .dates("submitted_at", cells(i -> "2025-%02d-10T12:00:00".formatted(1 + i % 3)))
                .question("nps", "nps", question(MetricRole.NPS, 0, 10), cells(i -> String.valueOf(i % 11)))
                .question("csat", "csat", question(MetricRole.CSAT, 1, 5), cells(i -> String.valueOf(1 + i % 5)))
                .text("comment", cells(i -> "comment " + i))
                .build();
        return repository;
    }

    private static String cells(java.util.function.IntFunction<String> cell) {
        return IntStream.range(0, ROWS).mapToObj(cell).collect(Collectors.joining("|"));
    }

    private static Question question(MetricRole role, int min, int max) {
        return new Question(role, Scale.of(min, max), ScaleDirection.HIGHER_IS_BETTER);
    }
}
