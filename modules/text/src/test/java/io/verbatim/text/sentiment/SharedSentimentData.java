package io.verbatim.text.sentiment;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.verbatim.text.sentiment.data.SentimentDataSets;
import java.nio.file.Path;

/**
 * The sentiment sets in {@code ../shared/data/text} (Surefire sets {@code verbatim.shared.data}); tests that need them
 * skip with a message when the shared data is not beside the checkout.
 */
public final class SharedSentimentData {

    private SharedSentimentData() {}

    public static SentimentDataSets require() {
        String root = System.getProperty("verbatim.shared.data", "../../../shared/data");
        SentimentDataSets sets = new SentimentDataSets(Path.of(root).resolve("text"));
        assumeTrue(sets.present(), root + "/text/sentiment is absent (shared data not beside the checkout): skipped");
        return sets;
    }
}
