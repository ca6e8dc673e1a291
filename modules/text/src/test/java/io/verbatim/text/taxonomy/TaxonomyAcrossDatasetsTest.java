package io.verbatim.text.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.text.topic.ThreeThemes;
import io.verbatim.text.topic.TopicDiscovery;
import io.verbatim.text.topic.TopicModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5, acceptance 4: a taxonomy saved from one dataset applies to another with the same topic for the same text. */
class TaxonomyAcrossDatasetsTest {

    @Test
    void aTaxonomySavedFromOneDatasetGivesTheSameTopicToTheSameTextInAnother(@TempDir Path dir) throws Exception {
        // Wave 1: discover topics, export them as a taxonomy file, as the analyst would with --save-taxonomy.
        List<String> wave1 = ThreeThemes.texts();
        TopicModel discovered = new TopicDiscovery(1).discover(wave1, 0);
        Path file = dir.resolve("taxonomy.txt");
        TaxonomyFile.write(Taxonomy.fromModel(discovered), file);

        // Wave 2: a different dataset — other texts, some of wave 1's texts again, in another order, and more volume.
        List<String> wave2 = new ArrayList<>(List.of(
                "Курьер не приехал, доставка сорвана",
                "Refund still not here",
                "Приложение вылетает на главной",
                "Совсем другой вопрос про скидки"));
        wave2.addAll(wave1.subList(0, 20));
        for (int copy = 0; copy < 5; copy++) {
            wave2.addAll(wave1);
        }
        Collections.shuffle(wave2, new Random(5));

        Taxonomy read = TaxonomyFile.read(file);
        Map<String, Integer> inWave1 = assign(new TaxonomyMatcher(read), wave1);
        Map<String, Integer> inWave2 = assign(new TaxonomyMatcher(TaxonomyFile.read(file)), wave2);

        for (String text : wave1) {
            assertThat(inWave2.get(text)).as(text).isEqualTo(inWave1.get(text));
        }
        // The exported rules reproduce the discovered topics on the data they came from.
        for (int i = 0; i < wave1.size(); i++) {
            assertThat(inWave1.get(wave1.get(i))).as(wave1.get(i)).isEqualTo(discovered.topicOf(i));
        }
        assertThat(inWave2.get("Курьер не приехал, доставка сорвана")).isEqualTo(discovered.topicOf(0));
        assertThat(inWave2.get("Refund still not here")).isEqualTo(discovered.topicOf(ThreeThemes.DELIVERY.size()));
        assertThat(inWave2.get("Совсем другой вопрос про скидки")).isZero();
    }

    /** Each text's topic; the same text met twice in a dataset must get the same topic both times. */
    private static Map<String, Integer> assign(TaxonomyMatcher matcher, List<String> texts) {
        Map<String, Integer> topics = new HashMap<>();
        for (String text : texts) {
            int topic = matcher.assign(text);
            Integer before = topics.putIfAbsent(text, topic);
            assertThat(before == null || before == topic)
                    .as("same text, same topic: " + text)
                    .isTrue();
        }
        return topics;
    }
}
