package io.verbatim.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatedTextTest {

    private final RepeatedText text = new RepeatedText();

    @Test
    void aRepeatedAnswerInAColumnIsTheSameInstance() {
        String first = cell(0, "Москва");
        String again = cell(0, "Москва");
        String otherColumn = cell(1, "Москва");

        assertThat(again).isEqualTo("Москва").isSameAs(first);
        assertThat(otherColumn).isEqualTo("Москва").isNotSameAs(first);
    }

    @Test
    void everyCellComesBackWithItsOwnTextWhateverCollidesInTheTable() {
        Random random = new Random(42);
        String alphabet = "ab1,ё \"Я";
        for (int row = 0; row < 200_000; row++) {
            for (int column = 0; column < 3; column++) {
                int length = random.nextInt(column == 2 ? 90 : 6);
                StringBuilder cell = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String expected = cell.toString();
                assertThat(cell(column, "#" + expected + "#", 1, expected.length()))
                        .isEqualTo(expected);
            }
            text.rowDone();
        }
    }

    @Test
    void aColumnThatHardlyRepeatsIsStillReadRightAfterItsTrial() {
        for (int row = 0; row < 70_000; row++) {
            String id = "R_" + row;
            assertThat(cell(0, id)).isEqualTo(id);
            assertThat(cell(1, row % 2 == 0 ? "yes" : "no")).isEqualTo(row % 2 == 0 ? "yes" : "no");
            text.rowDone();
        }
        assertThat(cell(1, "yes")).isSameAs(cell(1, "yes"));
    }

    @Test
    void aNulCharacterIsReportedInShortLongAndWideCells() {
        assertThat(cell(0, "a\0b")).isNull();
        assertThat(cell(0, "x".repeat(100) + "\0")).isNull();
        assertThat(cell(300, "\0")).isNull();
        assertThat(cell(300, "fine")).isEqualTo("fine");
    }

    @Test
    void anEmptyCellIsTheEmptyString() {
        assertThat(cell(0, "")).isEmpty();
    }

    private String cell(int column, String value) {
        return cell(column, value, 0, value.length());
    }

    private String cell(int column, String buffer, int offset, int length) {
        return text.cell(column, buffer.toCharArray(), offset, length);
    }
}
