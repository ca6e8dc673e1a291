package io.verbatim.ingest.survey.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.ValueType;
import org.junit.jupiter.api.Test;

class ColumnProfileTest {

    @Test
    void aCellIsLeftUnstrippedOnlyWhenStrippingWouldNotChangeIt() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String cell : new String[] {c + "x", "x" + c, String.valueOf(c)}) {
                if (!ColumnProfile.hasEdgeSpace(cell)) {
                    assertThat(cell.strip()).as("U+%04X", (int) c).isSameAs(cell);
                }
            }
        }
        assertThat(ColumnProfile.hasEdgeSpace(" 9")).isTrue();
        assertThat(ColumnProfile.hasEdgeSpace("9\u3000")).isTrue();
        assertThat(ColumnProfile.hasEdgeSpace("Москва")).isFalse();
    }

    @Test
    void theIsoTextOfTheCellJustProfiledIsKnownWithoutCheckingItAgain() {
        ColumnProfile profile = new ColumnProfile();
        String cell = "2025-03-10 13:02:00";

        profile.accept(cell);

        assertThat(profile.knownIso(cell)).isEqualTo("2025-03-10T13:02:00");
        assertThat(profile.knownIso(new String(cell)))
                .as("another instance is checked the usual way")
                .isNull();
        String padded = " 2025-03-11 08:00";
        profile.accept(padded);
        assertThat(profile.knownIso(padded))
                .as("a cell that was stripped first")
                .isNull();
        profile.accept("2025-03-12");
        assertThat(profile.knownIso("2025-03-12")).isEqualTo("2025-03-12");
    }

    @Test
    void anInvalidOrForeignCellForgetsTheLastValidOne() {
        ColumnProfile profile = new ColumnProfile();
        String valid = "2025-03-10 13:02:00";
        profile.accept(valid);

        profile.accept("2025-02-31 10:00:00");

        assertThat(profile.knownIso(valid)).isNull();
        assertThat(profile.type()).isEqualTo(ValueType.TEXT);
    }
}
