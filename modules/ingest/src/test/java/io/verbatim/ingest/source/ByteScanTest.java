package io.verbatim.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteScanTest {

    @Test
    void findsTheFirstOfThreeValuesAsAByteByByteSearchDoes() {
        Random random = new Random(3);
        byte[] alphabet = {',', '\n', '\r', 'a', 'я' & 0xFF, (byte) 0xD0, 0, (byte) 0x80, 1, (byte) 0xFF, '"'};
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                // Mostly one filler byte, so that runs longer than a word are common.
                bytes[i] = random.nextInt(6) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) 'x';
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int limit = from + random.nextInt(bytes.length - from + 1);
            byte a = alphabet[random.nextInt(alphabet.length)];
            byte b = alphabet[random.nextInt(alphabet.length)];
            byte c = alphabet[random.nextInt(alphabet.length)];

            int found =
                    ByteScan.first(bytes, from, limit, ByteScan.pattern(a), ByteScan.pattern(b), ByteScan.pattern(c));

            assertThat(found).isEqualTo(naive(bytes, from, limit, a, b, c));
        }
    }

    private static int naive(byte[] bytes, int from, int limit, byte a, byte b, byte c) {
        for (int i = from; i < limit; i++) {
            if (bytes[i] == a || bytes[i] == b || bytes[i] == c) {
                return i;
            }
        }
        return limit;
    }
}
