package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedCellsTest {

    @Test
    void aRepeatedAnswerBecomesTheInstanceSeenFirst() {
        RepeatedCells cells = new RepeatedCells(1);
        String first = new String("Москва");
        String again = new String("Москва");

        assertThat(cells.canonical(0, first)).isSameAs(first);
        assertThat(cells.canonical(0, again)).isSameAs(first).isEqualTo("Москва");
    }

    @Test
    void columnsDoNotShareInstances() {
        RepeatedCells cells = new RepeatedCells(2);
        String left = new String("yes");
        String right = new String("yes");
        cells.canonical(0, left);

        assertThat(cells.canonical(1, right)).isSameAs(right);
    }

    @Test
    void aColumnOfUniqueValuesStopsLookingAndAChunkStartsAfresh() {
        RepeatedCells cells = new RepeatedCells(2);
        for (int row = 0; row < 2048; row++) {
            cells.canonical(0, "id-" + row);
            cells.canonical(1, row % 2 == 0 ? "a" : "b");
            cells.rowDone();
        }
        String id = new String("id-5");
        cells.canonical(0, id);
        String repeat = new String("id-5");
        assertThat(cells.canonical(0, repeat)).as("skipped column").isSameAs(repeat);
        String a = new String("a");
        assertThat(cells.canonical(1, a)).as("repeating column still looks").isNotSameAs(a);

        cells.newChunk();
        cells.canonical(0, id);
        assertThat(cells.canonical(0, repeat)).as("looks again in a new chunk").isNotSameAs(repeat);
    }
}
