package io.verbatim.text.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TopicDiscoveryTest {

    @Test
    void threeObviousThemesInRussianAndEnglishBecomeThreeTopicsWithTheirWords() {
        TopicModel model = new TopicDiscovery(1).discover(ThreeThemes.texts(), 0);

        assertThat(model.choice()).isPresent();
        assertThat(model.topics()).hasSize(3);
        assertThat(ClusterScores.nmi(model.assignment(), ThreeThemes.themes())).isEqualTo(1.0);
        List<String> labels = model.topics().stream().map(Topic::label).toList();
        assertThat(labels).anySatisfy(l -> assertThat(l).contains("доставка").contains("курьер"));
        assertThat(labels).anySatisfy(l -> assertThat(l).contains("refund").contains("money"));
        assertThat(labels).anySatisfy(l -> assertThat(l).contains("вылетает"));
        Topic delivery = model.topic(model.topicOf(0)).orElseThrow();
        assertThat(delivery.topStems()).contains("доставк", "курьер");
        assertThat(delivery.topTerms()).contains("доставка", "курьер");
        assertThat(delivery.size()).isEqualTo(ThreeThemes.DELIVERY.size());
    }

    @Test
    void theSameSeedGivesTheSameTopics() {
        int[] first = new TopicDiscovery(7).discover(ThreeThemes.texts(), 0).assignment();
        int[] second = new TopicDiscovery(7).discover(ThreeThemes.texts(), 0).assignment();
        assertThat(second).containsExactly(first);
    }

    @Test
    void automaticKFindsTheNumberOfGroupsInSyntheticTexts() {
        int groups = 6;
        SplittableRandom random = new SplittableRandom(3);
        List<String> texts = new ArrayList<>();
        int[] truth = new int[groups * 60];
        String[] shared = {"zorp", "quib", "malt", "frel"};
        for (int g = 0; g < groups; g++) {
            for (int t = 0; t < 60; t++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 5; w++) {
                    text.append(word(g, random.nextInt(10))).append(' ');
                }
                text.append(shared[random.nextInt(shared.length)]);
                truth[texts.size()] = g;
                texts.add(text.toString());
            }
        }
        TopicModel model = new TopicDiscovery(11).discover(texts, 0);

        assertThat(model.choice().orElseThrow().k()).isEqualTo(groups);
        assertThat(ClusterScores.nmi(model.assignment(), truth)).isGreaterThan(0.95);
    }

    @Test
    void mergeJoinsTwoTopicsAndSplitSeparatesThemAgain() {
        TopicModel model = new TopicDiscovery(1).discover(ThreeThemes.texts(), 3);
        int delivery = model.topicOf(0);
        int refund = model.topicOf(ThreeThemes.DELIVERY.size());

        TopicModel merged = model.merge(delivery, refund);
        assertThat(merged.topics()).hasSize(2);
        assertThat(merged.topic(delivery).orElseThrow().size()).isEqualTo(24);
        assertThat(merged.topic(refund)).isEmpty();
        assertThat(merged.topic(delivery).orElseThrow().label())
                .isNotEqualTo(model.topic(delivery).orElseThrow().label());

        TopicModel split = merged.split(delivery, 5);
        assertThat(split.topics()).hasSize(3);
        assertThat(ClusterScores.nmi(split.assignment(), ThreeThemes.themes())).isEqualTo(1.0);
        int newId = split.topics().stream().mapToInt(Topic::id).max().orElseThrow();
        assertThat(newId).isEqualTo(4);
        assertThat(model.topics()).hasSize(3); // the original is unchanged
        assertThatThrownBy(() -> model.merge(delivery, delivery)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.split(99, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textsWithoutContentWordsGoToTopicZero() {
        List<String> texts = new ArrayList<>(ThreeThemes.texts());
        texts.add("");
        texts.add("и the");
        TopicModel model = new TopicDiscovery(1).discover(texts, 3);
        assertThat(model.topicOf(texts.size() - 1)).isZero();
        assertThat(model.topicOf(texts.size() - 2)).isZero();
        assertThat(model.topic(0).orElseThrow().label()).isEqualTo(TopicModel.NO_TOPIC_LABEL);
        assertThat(Arrays.stream(model.assignment()).filter(t -> t == 0).count())
                .isEqualTo(2);
    }

    @Test
    void textsBeyondTheSampleArePlacedByTheSampleModel() {
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            texts.addAll(ThreeThemes.texts());
        }
        TopicModel model = new TopicDiscovery(1, 60).discover(texts, 3);
        int[] themes = new int[texts.size()];
        for (int i = 0; i < themes.length; i++) {
            themes[i] = ThreeThemes.themes()[i % ThreeThemes.texts().size()];
        }
        assertThat(ClusterScores.nmi(model.assignment(), themes)).isGreaterThan(0.9);
    }

    private static String word(int group, int index) {
        return "" + (char) ('b' + group) + "o" + (char) ('k' + index) + "a" + (char) ('b' + group);
    }
}
