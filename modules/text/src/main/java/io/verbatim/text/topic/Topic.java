package io.verbatim.text.topic;

import java.util.List;

/**
 * One topic of a {@link TopicModel}.
 *
 * @param id the topic's number, stable under merge and split of other topics (0 is reserved for texts with no words)
 * @param label a readable name: its top words as customers wrote them, e.g. {@code доставка / курьер / опоздание}
 * @param size how many texts it holds
 * @param topStems the stems that most set it apart, best first (what a taxonomy rule matches)
 * @param topTerms those stems shown as the word each most often came from
 * @param topPhrases the two-word phrases that most set it apart, as written
 */
public record Topic(
        int id, String label, int size, List<String> topStems, List<String> topTerms, List<String> topPhrases) {

    public Topic {
        topStems = List.copyOf(topStems);
        topTerms = List.copyOf(topTerms);
        topPhrases = List.copyOf(topPhrases);
    }
}
