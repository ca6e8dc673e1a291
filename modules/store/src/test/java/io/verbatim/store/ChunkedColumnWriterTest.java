package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkedColumnWriterTest {

    private final ColumnChunkCodec codec = new ColumnChunkCodec();
    private final List<Written> written = new ArrayList<>();

    private record Written(int chunkNo, int rows, List<String[]> columns) {}

    private ChunkedColumnWriter writer(int columns, int chunkRows, long charBudget) {
        return new ChunkedColumnWriter(
                columns,
                codec,
                (chunkNo, rows, encoded) -> written.add(new Written(
                        chunkNo, rows, encoded.stream().map(codec::decode).toList())),
                chunkRows,
                charBudget);
    }

    @Test
    void handsOverAChunkEachTimeItFills() {
        ChunkedColumnWriter writer = writer(2, 3, Long.MAX_VALUE);

        for (int i = 0; i < 7; i++) {
            writer.append(new String[] {"a" + i, "b" + i});
        }
        writer.finish();

        assertThat(written).extracting(Written::chunkNo).containsExactly(0, 1, 2);
        assertThat(written).extracting(Written::rows).containsExactly(3, 3, 1);
        assertThat(written.get(1).columns().get(1)).containsExactly("b3", "b4", "b5");
    }

    @Test
    void flushHandsOverThePartialChunk() {
        ChunkedColumnWriter writer = writer(1, 3, Long.MAX_VALUE);
        for (int i = 0; i < 4; i++) {
            writer.append(new String[] {"v" + i});
        }

        writer.finish();

        assertThat(written).extracting(Written::rows).containsExactly(3, 1);
        assertThat(written.get(1).columns().getFirst()).containsExactly("v3");
        assertThat(writer.rows()).isEqualTo(4);
    }

    @Test
    void flushWithNothingBufferedWritesNothing() {
        ChunkedColumnWriter writer = writer(1, 3, Long.MAX_VALUE);
        writer.append(new String[] {"x"});
        writer.finish();

        writer.finish();

        assertThat(written).hasSize(1);
    }

    @Test
    void closesAChunkEarlyWhenItsTextPassesTheBudget() {
        ChunkedColumnWriter writer = writer(2, 1000, 10);

        writer.append(new String[] {"12345", "1234"});
        writer.append(new String[] {"1", ""});
        writer.finish();

        assertThat(written).extracting(Written::rows).containsExactly(2);
    }

    @Test
    void copiesTheCellsSoTheCallerMayReuseItsArray() {
        ChunkedColumnWriter writer = writer(1, 10, Long.MAX_VALUE);
        String[] row = new String[1];
        row[0] = "first";
        writer.append(row);
        row[0] = "second";
        writer.append(row);

        writer.finish();

        assertThat(written.getFirst().columns().getFirst()).containsExactly("first", "second");
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        ChunkedColumnWriter writer = writer(3, 10, Long.MAX_VALUE);

        assertThatThrownBy(() -> writer.append(new String[] {"only", "two"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Row 1 has 2 cells but the dataset has 3 columns");
        assertThat(writer.rows()).isZero();
    }

    @Test
    void aFailingSinkFailsTheNextCallAndCloseStillEnds() {
        ChunkedColumnWriter writer = new ChunkedColumnWriter(
                1,
                codec,
                (chunkNo, rows, encoded) -> {
                    throw new io.verbatim.domain.port.StoreException("disk full");
                },
                2,
                Long.MAX_VALUE);
        writer.append(new String[] {"a"});
        writer.append(new String[] {"b"});

        assertThatThrownBy(writer::finish)
                .isInstanceOf(io.verbatim.domain.port.StoreException.class)
                .hasMessage("disk full");
        writer.close();
    }

    @Test
    void keepsChunkOrderWhileEncodingInTheBackground() {
        ChunkedColumnWriter writer = writer(1, 100, Long.MAX_VALUE);
        for (int i = 0; i < 10_000; i++) {
            writer.append(new String[] {Integer.toString(i)});
        }
        writer.finish();
        writer.close();

        assertThat(written).extracting(Written::chunkNo).isSorted().hasSize(100);
        assertThat(written.get(57).columns().getFirst()[3]).isEqualTo("5703");
    }
}
