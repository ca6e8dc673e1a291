package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.port.CorrectionRepository;
import io.verbatim.domain.text.SentimentCorrection;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentiment corrections in a real H2 workspace: one per text, replaced, undone, kept across opens. */
class CorrectionRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aCorrectionIsKeptPerTextReplacedByTheNextAndUndone() {
        Instant first = Instant.parse("2026-12-01T10:00:00Z");
        String longText = "Фича с подписками — опять фича. ".repeat(300);
        try (Workspace workspace = Workspace.open(dir)) {
            CorrectionRepository corrections = workspace.corrections();
            corrections.save(new SentimentCorrection("  Очередная фича  ", "ru", "negative", "survey", first));
            corrections.save(new SentimentCorrection(longText, "ru", "negative", "", first.plusSeconds(1)));
            corrections.save(
                    new SentimentCorrection("Очередная фича", "ru", "neutral", "survey", first.plusSeconds(2)));

            assertThat(corrections.corrections())
                    .extracting(SentimentCorrection::label)
                    .containsExactly("negative", "neutral");
            assertThat(corrections.correction("Очередная фича\n"))
                    .get()
                    .extracting(SentimentCorrection::label)
                    .isEqualTo("neutral");
        }
        try (Workspace reopened = Workspace.open(dir)) {
            CorrectionRepository corrections = reopened.corrections();
            assertThat(corrections.correction(longText))
                    .get()
                    .extracting(SentimentCorrection::text)
                    .isEqualTo(longText.strip());
            assertThat(corrections.delete("Очередная фича")).isTrue();
            assertThat(corrections.delete("Очередная фича")).isFalse();
            assertThat(corrections.corrections()).hasSize(1);
        }
    }
}
