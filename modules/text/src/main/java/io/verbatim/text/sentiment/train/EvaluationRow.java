package io.verbatim.text.sentiment.train;

/**
 * One line of the sentiment report: a data set, how it was held out, its size, and the macro-F1 of the model and of
 * the TF-IDF baseline on it.
 *
 * @param crossDomain true for a set of another domain that trained nothing (RuSentiment, RuSentiTweet, IMDB)
 */
public record EvaluationRow(
        String dataSet, String language, String split, int n, double modelF1, double baselineF1, boolean crossDomain) {}
