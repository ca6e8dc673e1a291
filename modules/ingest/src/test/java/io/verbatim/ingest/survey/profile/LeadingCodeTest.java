package io.verbatim.ingest.survey.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeadingCodeTest {

    /** The expression the hand-written reader replaces; it stays the specification. */
    private static final Pattern CODE = Pattern.compile("([-+]?\\d{1,9})(?:[.,]0+)?(?:\\s*[-–—:(=].*|\\s+\\p{L}.*)?");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "7",
                "+7",
                "-1",
                "7.0",
                "7,00",
                "10 - Extremely likely",
                "0 (not at all)",
                "5 Очень доволен",
                "10-Extremely",
                "3:",
                "4=good",
                "2025-03-10 13:02:00",
                "1234567890",
                "123456789",
                "7.5",
                "7.",
                "7 ",
                "7  ",
                " 7",
                "7 5",
                "7\tЛучше",
                "7 -\nnext",
                "7 Отлично\r",
                "",
                "-",
                "+",
                "abc",
                "7.0 - good",
                "07",
                "7 😀",
                "7 — отлично",
                "7 – ok",
                "9.000x",
                "9.0 x",
                "8,0 балл"
            })
    void readsWhatTheExpressionMatches(String cell) {
        assertThat(LeadingCode.of(cell)).isEqualTo(byExpression(cell));
    }

    @Test
    void agreesWithTheExpressionOnRandomCells() {
        Random random = new Random(20261123);
        String alphabet = "0123456789 -+.,:(=–—\tабвxyz\n";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder cell = new StringBuilder();
            int length = random.nextInt(14);
            for (int c = 0; c < length; c++) {
                cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = cell.toString();
            assertThat(LeadingCode.of(text)).as("'%s'", text).isEqualTo(byExpression(text));
        }
    }

    private static long byExpression(String cell) {
        Matcher m = CODE.matcher(cell);
        return m.matches() ? Long.parseLong(m.group(1).replace("+", "")) : LeadingCode.NONE;
    }
}
