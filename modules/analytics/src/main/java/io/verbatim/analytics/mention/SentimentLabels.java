package io.verbatim.analytics.mention;

import java.util.Locale;
import java.util.Map;

/**
 * Reads the monitoring tools' own sentiment labels ({@code tool_sentiment}) as one {@link Polarity}.
 *
 * <p>What the importers store, by tool: YouScan, Brand24 and Brandwatch write {@code positive}, {@code negative},
 * {@code neutral} (YouScan also {@code mixed}); Medialogia writes Russian adjectives ({@code позитивная},
 * {@code негативная}, {@code нейтральная}, {@code смешанная}); Talkwalker writes a number from −5 to +5; other tools
 * and hand-made sheets use {@code 1/0/-1}, {@code pos/neg/neu} or short Russian forms ({@code позитив}, {@code негатив},
 * {@code нейтрально}). Numbers count by their sign. Russian words are matched by stem, so every gender and case form
 * of the adjective is read. Anything else (a blank, {@code n/a}, RuSentiment's {@code speech}/{@code skip}) has no
 * polarity and stays out of the net sentiment base.
 */
public final class SentimentLabels {

    private static final Map<String, Polarity> WORDS = Map.ofEntries(
            Map.entry("positive", Polarity.POSITIVE),
            Map.entry("pos", Polarity.POSITIVE),
            Map.entry("negative", Polarity.NEGATIVE),
            Map.entry("neg", Polarity.NEGATIVE),
            Map.entry("neutral", Polarity.NEUTRAL),
            Map.entry("neu", Polarity.NEUTRAL),
            Map.entry("mixed", Polarity.MIXED));

    /** Russian stems, checked with startsWith after ё is folded to е. */
    private static final Map<String, Polarity> RUSSIAN_STEMS = Map.of(
            "позитив", Polarity.POSITIVE,
            "положительн", Polarity.POSITIVE,
            "негатив", Polarity.NEGATIVE,
            "отрицательн", Polarity.NEGATIVE,
            "нейтральн", Polarity.NEUTRAL,
            "смешан", Polarity.MIXED,
            "противоречив", Polarity.MIXED);

    private SentimentLabels() {}

    /** The label's polarity, or null when it is blank or not a sentiment label. */
    public static Polarity polarity(String label) {
        String text = label.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (text.isEmpty()) {
            return null;
        }
        for (String intensity : new String[] {"very ", "slightly ", "очень ", "скорее "}) {
            if (text.startsWith(intensity)) {
                text = text.substring(intensity.length()).strip();
            }
        }
        Polarity word = WORDS.get(text);
        if (word != null) {
            return word;
        }
        for (Map.Entry<String, Polarity> stem : RUSSIAN_STEMS.entrySet()) {
            if (text.startsWith(stem.getKey())) {
                return stem.getValue();
            }
        }
        return number(text);
    }

    private static Polarity number(String text) {
        double value;
        try {
            value = Double.parseDouble(text.replace(',', '.').replace('−', '-'));
        } catch (NumberFormatException notANumber) {
            return null;
        }
        if (Double.isNaN(value)) {
            return null;
        }
        return value > 0 ? Polarity.POSITIVE : value < 0 ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }
}
