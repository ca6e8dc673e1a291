package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.port.StoreException;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnChunkCodecTest {

    private final ColumnChunkCodec codec = new ColumnChunkCodec();

    @Test
    void givesBackTheCellsInTheirOrder() {
        String[] cells = {"9", "10", "", "9", "0", "10"};

        assertThat(codec.decode(codec.encode(cells, cells.length))).containsExactly(cells);
    }

    @ParameterizedTest(name = "{0} distinct values")
    @ValueSource(ints = {1, 256, 257, 65_536, 65_537, 100_000})
    void givesBackAColumnWhateverTheSizeOfItsDictionary(int distinct) {
        String[] cells = IntStream.range(0, Math.max(distinct, 1000))
                .mapToObj(i -> "value " + (i % distinct))
                .toArray(String[]::new);

        assertThat(codec.decode(codec.encode(cells, cells.length))).containsExactly(cells);
    }

    @Test
    void keepsAnAllBlankColumnBlank() {
        String[] cells = new String[70_000];
        Arrays.fill(cells, "");

        assertThat(codec.decode(codec.encode(cells, cells.length)))
                .hasSize(70_000)
                .containsOnly("");
    }

    @Test
    void storesNullCellsAsBlank() {
        String[] cells = {null, "a", null};

        assertThat(codec.decode(codec.encode(cells, cells.length))).containsExactly("", "a", "");
    }

    @Test
    void givesBackUnicodeTextUnchanged() {
        String[] cells = {
            "Очень доволен, спасибо!",
            "ёЁ й",
            "😀👍🏽 emoji",
            "中文评论",
            "مرحبا",
            "e\u0301 combining",
            "zero\u200bwidth",
            ""
        };

        assertThat(codec.decode(codec.encode(cells, cells.length))).containsExactly(cells);
    }

    @Test
    void encodesOnlyTheFirstCountCells() {
        String[] cells = {"a", "b", "c", "stale"};

        assertThat(codec.decode(codec.encode(cells, 3))).containsExactly("a", "b", "c");
    }

    @Test
    void givesBackAnEmptyChunkAsNoCells() {
        assertThat(codec.decode(codec.encode(new String[0], 0))).isEmpty();
    }

    @Test
    void decodesIntoALargerArrayFromAnOffset() {
        String[] target = new String[5];

        int written = codec.decodeInto(codec.encode(new String[] {"x", "y"}, 2), target, 3);

        assertThat(written).isEqualTo(2);
        assertThat(target).containsExactly(null, null, null, "x", "y");
    }

    @Test
    void sharesOneStringPerDistinctValueSoADecodedColumnStaysSmall() {
        String[] cells = {"Moscow", "North", "Moscow"};

        String[] decoded = codec.decode(codec.encode(cells, cells.length));

        assertThat(decoded[0]).isSameAs(decoded[2]);
    }

    @Test
    void compressesARepetitiveColumnFarBelowItsTextSize() {
        String[] cells = IntStream.range(0, 65_536)
                .mapToObj(i -> i % 11 + " - Extremely likely")
                .toArray(String[]::new);

        assertThat(codec.encode(cells, cells.length).length).isLessThan(10_000);
    }

    @Test
    void refusesADamagedChunkWithAMessageThatSaysSo() {
        byte[] chunk = codec.encode(new String[] {"a", "b", "c"}, 3);
        byte[] truncated = Arrays.copyOf(chunk, chunk.length - 4);

        assertThatThrownBy(() -> codec.decode(truncated))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void refusesAChunkWithAFlippedByte() {
        byte[] chunk = codec.encode(new String[] {"alpha", "beta", "gamma"}, 3);
        chunk[chunk.length - 6] ^= 0x10;

        assertThatThrownBy(() -> codec.decode(chunk))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void readsTheDeflateChunksOfWorkspacesWrittenBeforeLzf() {
        // Layout 1 (dictionary), raw: rows 3, dictionary of 2 ("ja", "nein"), codes 0 1 0 at one byte each.
        byte[] raw = {3, 2, 2, 'j', 'a', 4, 'n', 'e', 'i', 'n', 0, 1, 0};
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(raw);
        deflater.finish();
        byte[] stream = new byte[128];
        int length = deflater.deflate(stream);
        deflater.end();
        byte[] chunk = new byte[2 + length];
        chunk[0] = 1;
        chunk[1] = (byte) raw.length;
        System.arraycopy(stream, 0, chunk, 2, length);

        assertThat(codec.decode(chunk)).containsExactly("ja", "nein", "ja");
    }

    @Test
    void writesLzfChunksThatSayTheirLayout() {
        byte[] chunk = codec.encode(new String[] {"x", "y", "x"}, 3);

        assertThat(chunk[0] & 0x80).as("LZF flag").isNotZero();
        assertThat(ChunkCompression.layout(chunk)).isEqualTo((byte) 1);
    }

    @Test
    void chunksDecodedWithOneSharedMapHoldOneInstancePerValue() {
        byte[] first = codec.encode(new String[] {"Москва", "Berlin", "Москва"}, 3);
        byte[] second = codec.encode(new String[] {"Berlin", "Москва", "Berlin"}, 3);
        String[] column = new String[6];
        java.util.Map<String, String> shared = new java.util.HashMap<>();

        int filled = codec.decodeInto(first, column, 0, shared);
        codec.decodeInto(second, column, filled, shared);

        assertThat(column).containsExactly("Москва", "Berlin", "Москва", "Berlin", "Москва", "Berlin");
        assertThat(column[4]).isSameAs(column[0]);
        assertThat(column[3]).isSameAs(column[1]);
    }

    @Test
    void refusesAChunkWithTooManyCellsForItsTarget() {
        byte[] chunk = codec.encode(new String[] {"a", "b", "c"}, 3);

        assertThatThrownBy(() -> codec.decodeInto(chunk, new String[2], 0))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void storesValuesThatHardlyRepeatWithoutADictionary() {
        String[] ids = new String[5000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i % 100 == 0 ? "" : "R_" + i + "_Ответ";
        }

        byte[] chunk = codec.encode(ids, ids.length);

        assertThat(ChunkCompression.layout(chunk)).as("plain format").isEqualTo((byte) 2);
        assertThat(codec.decode(chunk)).containsExactly(ids);
    }

    @Test
    void rewritesAPlainAndADictionaryChunkValueByValue() {
        String[] ids = new String[3000];
        String[] regions = new String[3000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "id" + i;
            regions[i] = i % 2 == 0 ? "north" : "";
        }

        String[] plain = codec.decode(codec.rewrite(codec.encode(ids, ids.length), v -> v + "!"));
        String[] dictionary = codec.decode(codec.rewrite(codec.encode(regions, regions.length), String::toUpperCase));

        assertThat(plain[2999]).isEqualTo("id2999!");
        assertThat(dictionary).startsWith("NORTH", "", "NORTH");
    }
}
