package io.verbatim.text.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Discovers the topics of a set of Russian and English texts: content stems, TF-IDF, a 50-dimensional latent space
 * (randomized SVD), spherical k-means with k-means++ seeding, then a naive-Bayes pass that sharpens borders on the exact
 * words. The number of topics is chosen by stability ({@link TopicCountChooser}) unless given. Large sets are
 * discovered on a random sample and every other text is placed by the sample's fitted mixture, which keeps 100,000 texts
 * within a minute and a modest heap. Deterministic for a seed.
 */
public final class TopicDiscovery {

    /** Texts beyond this many are placed rather than clustered. */
    public static final int DEFAULT_SAMPLE = 20_000;

    private static final int DIMENSIONS = 50;
    private static final int REFINE_ROUNDS = 3;
    private static final double MAX_SHARE = 0.5;

    private final long seed;
    private final int sampleLimit;

    /** Discovery with a seed and a sample size. */
    public TopicDiscovery(long seed, int sampleLimit) {
        this.seed = seed;
        this.sampleLimit = sampleLimit;
    }

    /** Discovery with a seed and the default sample. */
    public TopicDiscovery(long seed) {
        this(seed, DEFAULT_SAMPLE);
    }

    /** The topics of texts; {@code k} topics, or chosen automatically when {@code k} is 0 or less. */
    public TopicModel discover(List<String> texts, int k) {
        TermExtractor extractor = new TermExtractor(false);
        List<List<String>> stems = new ArrayList<>(texts.size());
        for (String text : texts) {
            stems.add(extractor.stems(text));
        }
        int[] sample = sample(texts.size());
        List<List<String>> sampleStems = new ArrayList<>(sample.length);
        for (int i : sample) {
            sampleStems.add(stems.get(i));
        }
        Vocabulary vocabulary = Vocabulary.learn(sampleStems, 2, MAX_SHARE);
        List<SparseVector> vectors = new ArrayList<>(texts.size());
        for (List<String> s : stems) {
            vectors.add(vocabulary.vector(s));
        }
        List<Integer> usable = new ArrayList<>();
        for (int i : sample) {
            if (!vectors.get(i).isEmpty()) {
                usable.add(i);
            }
        }
        List<SparseVector> sampleVectors = usable.stream().map(vectors::get).toList();
        LatentSpace space = LatentSpace.fit(sampleVectors, Math.max(1, vocabulary.size()), DIMENSIONS, seed);
        float[][] points = new float[texts.size()][];
        for (int i = 0; i < points.length; i++) {
            points[i] = space.embed(vectors.get(i));
        }
        TopicCorpus corpus = new TopicCorpus(extractor, stems, vectors, points, vocabulary);
        if (usable.isEmpty()) {
            return new TopicModel(corpus, new int[texts.size()], null);
        }
        float[][] samplePoints = new float[usable.size()][];
        for (int m = 0; m < samplePoints.length; m++) {
            samplePoints[m] = points[usable.get(m)];
        }
        TopicCountChooser.Choice choice = null;
        int topics = k;
        if (topics <= 0) {
            choice = TopicCountChooser.choose(
                    samplePoints, usable.stream().map(stems::get).toList(), texts.size(), seed);
            topics = choice.k();
        }
        int[] clusters = SphericalKMeans.bestOf(samplePoints, topics, seed, TopicCountChooser.RESTARTS)
                .assignment();
        int count = Math.min(topics, samplePoints.length);
        clusters = BayesRefiner.refine(sampleVectors, clusters, count, vocabulary.size(), REFINE_ROUNDS);
        BayesRefiner mixture = BayesRefiner.fit(sampleVectors, clusters, count, vocabulary.size());
        int[] raw = new int[texts.size()];
        Arrays.fill(raw, -1);
        for (int m = 0; m < clusters.length; m++) {
            raw[usable.get(m)] = clusters[m];
        }
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] < 0 && !vectors.get(i).isEmpty()) {
                raw[i] = mixture.classify(vectors.get(i));
            }
        }
        return new TopicModel(corpus, numberBySize(raw, count), choice);
    }

    /** Cluster numbers to topic ids 1.. by descending size (ties: the cluster met first); -1 becomes 0. */
    static int[] numberBySize(int[] raw, int clusters) {
        int[] sizes = new int[clusters];
        int[] first = new int[clusters];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] >= 0) {
                sizes[raw[i]]++;
                first[raw[i]] = Math.min(first[raw[i]], i);
            }
        }
        Integer[] order = new Integer[clusters];
        for (int c = 0; c < clusters; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> sizes[a] != sizes[b] ? sizes[b] - sizes[a] : first[a] - first[b]);
        int[] id = new int[clusters];
        int next = 1;
        for (int c : order) {
            id[c] = sizes[c] > 0 ? next++ : 0;
        }
        int[] out = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] < 0 ? 0 : id[raw[i]];
        }
        return out;
    }

    private int[] sample(int n) {
        if (n <= sampleLimit) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < sampleLimit; i++) {
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] sample = Arrays.copyOf(order, sampleLimit);
        Arrays.sort(sample);
        return sample;
    }
}
