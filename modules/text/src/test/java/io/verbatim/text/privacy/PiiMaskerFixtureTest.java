package io.verbatim.text.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link PiiMasker} on {@code pii_fixture.txt}, ~60 hand-labelled Russian and English customer
 * texts: a found piece counts as right when a labelled piece of the same kind has exactly its start and end. The
 * figures printed here are the ones ADR 0030 reports.
 */
class PiiMaskerFixtureTest {

    private static final Pattern MARK = Pattern.compile("\\{(email|phone|card|name):([^}]*)}");

    /** The contact kinds, found by pattern: on the fixture they must be exact. */
    private static final Set<PiiKind> CONTACTS = EnumSet.of(PiiKind.EMAIL, PiiKind.PHONE, PiiKind.CARD);

    private record Labelled(String text, Set<PiiMatch> pieces) {}

    @Test
    void precisionAndRecallOnTheHandLabelledFixture() throws IOException {
        List<Labelled> fixture = read();
        assertThat(fixture).hasSizeGreaterThanOrEqualTo(55);
        Map<PiiKind, int[]> tally = new EnumMap<>(PiiKind.class); // true positives, found, labelled
        for (PiiKind kind : PiiKind.values()) {
            tally.put(kind, new int[3]);
        }
        List<String> misses = new ArrayList<>();
        for (Labelled line : fixture) {
            List<PiiMatch> found = new ArrayList<>();
            PiiMasker.allKinds().matches(line.text(), found);
            for (PiiMatch match : found) {
                tally.get(match.kind())[1]++;
                if (line.pieces().contains(match)) {
                    tally.get(match.kind())[0]++;
                } else {
                    misses.add(
                            "extra " + match.kind() + " '" + line.text().substring(match.start(), match.end()) + "'");
                }
            }
            for (PiiMatch piece : line.pieces()) {
                tally.get(piece.kind())[2]++;
                if (!found.contains(piece)) {
                    misses.add(
                            "missed " + piece.kind() + " '" + line.text().substring(piece.start(), piece.end()) + "'");
                }
            }
        }
        int[] all = new int[3];
        for (Map.Entry<PiiKind, int[]> entry : tally.entrySet()) {
            int[] t = entry.getValue();
            print(entry.getKey().wireName(), t);
            for (int i = 0; i < 3; i++) {
                all[i] += t[i];
            }
        }
        print("all", all);
        System.out.println("  " + String.join("\n  ", misses));
        assertThat(precision(all)).isGreaterThanOrEqualTo(0.95);
        assertThat(recall(all)).isGreaterThanOrEqualTo(0.90);
        for (PiiKind kind : CONTACTS) {
            assertThat(recall(tally.get(kind))).as("recall of %s", kind).isEqualTo(1.0);
            assertThat(precision(tally.get(kind))).as("precision of %s", kind).isEqualTo(1.0);
        }
    }

    private static void print(String kind, int[] t) {
        System.out.printf(
                Locale.ROOT,
                "PII %s: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                kind,
                precision(t),
                t[0],
                t[1],
                recall(t),
                t[0],
                t[2]);
    }

    private static double precision(int[] t) {
        return t[1] == 0 ? 1.0 : (double) t[0] / t[1];
    }

    private static double recall(int[] t) {
        return t[2] == 0 ? 1.0 : (double) t[0] / t[2];
    }

    private static List<Labelled> read() throws IOException {
        List<Labelled> lines = new ArrayList<>();
        try (InputStream in = PiiMaskerFixtureTest.class.getResourceAsStream("pii_fixture.txt")) {
            assertThat(in).as("pii_fixture.txt on the test class path").isNotNull();
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                Set<PiiMatch> pieces = new HashSet<>();
                Matcher m = MARK.matcher(raw);
                int at = 0;
                while (m.find()) {
                    text.append(raw, at, m.start());
                    int start = text.length();
                    text.append(m.group(2));
                    pieces.add(new PiiMatch(start, text.length(), PiiKind.fromWire(m.group(1))));
                    at = m.end();
                }
                text.append(raw.substring(at));
                lines.add(new Labelled(text.toString(), pieces));
            }
        }
        return lines;
    }
}
