package io.verbatim.ingest.append;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whole-row comparison for datasets without an id column. */
class RowFingerprintTest {

    private static long row(String... keyValues) {
        long sum = 0;
        for (int i = 0; i < keyValues.length; i += 2) {
            sum = RowFingerprint.add(sum, keyValues[i], keyValues[i + 1]);
        }
        return sum;
    }

    @Test
    void columnOrderAndBlankCellsDoNotChangeARow() {
        assertThat(row("region", "Москва", "score", "9", "segment", ""))
                .isEqualTo(row("score", "9", "region", "Москва"));
    }

    @Test
    void aValueUnderAnotherColumnIsAnotherRow() {
        assertThat(row("region", "9", "score", "Москва")).isNotEqualTo(row("region", "Москва", "score", "9"));
        assertThat(row("a", "1", "b", "2")).isNotEqualTo(row("a", "2", "b", "1"));
    }

    @Test
    void aHundredThousandDifferentRowsHaveDifferentFingerprints() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(row("id", "", "score", Integer.toString(i % 11), "comment", "answer " + i / 11));
        }
        assertThat(seen).hasSize(100_000);
    }
}
