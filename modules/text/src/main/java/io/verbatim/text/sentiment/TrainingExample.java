package io.verbatim.text.sentiment;

/**
 * One text's features with its class and a weight (1 for ordinary rows; more for an analyst's correction, or to
 * balance a rare class).
 */
public record TrainingExample(int[] indices, float[] values, SentimentLabel label, float weight) {

    /** The current contents of a feature vector as an example. */
    public static TrainingExample of(FeatureVector features, SentimentLabel label, float weight) {
        return new TrainingExample(features.indicesCopy(), features.valuesCopy(), label, weight);
    }
}
