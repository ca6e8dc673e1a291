package io.verbatim.text.topic;

import java.util.List;

/**
 * The texts a topic model was discovered in, as the model sees them: each text's content stems (in order), its TF-IDF
 * vector and its unit vector in the latent space, plus the extractor that knows each stem's usual surface word. Kept so
 * that topics can be relabelled, merged and split without reading the texts again.
 *
 * @param extractor the extractor that read the texts (for surface words)
 * @param stems each text's content stems, in order
 * @param vectors each text's TF-IDF vector
 * @param points each text's unit vector in the latent space
 * @param vocabulary the terms of the vectors
 */
public record TopicCorpus(
        TermExtractor extractor,
        List<List<String>> stems,
        List<SparseVector> vectors,
        float[][] points,
        Vocabulary vocabulary) {

    /** How many texts. */
    public int size() {
        return stems.size();
    }
}
