package io.verbatim.cli.text;

import io.verbatim.cli.Json;
import io.verbatim.cli.OutputFormat;
import io.verbatim.cli.UserInputException;
import io.verbatim.text.topic.ClusterScores;
import io.verbatim.text.topic.Coherence;
import io.verbatim.text.topic.TopicDiscovery;
import io.verbatim.text.topic.TopicModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim text eval-topics}: scores topic discovery (k chosen automatically) against labelled intents: NMI and
 * purity on BANKING77 (77 intents) and CLINC150 (10 domains and 150 intents, from one run), and the NPMI coherence of
 * the topics' top stems, for each of several seeds, so the spread is visible rather than one lucky run.
 */
@Command(
        name = "eval-topics",
        description = "NMI, purity and coherence of automatic topic discovery on BANKING77 and CLINC150, per seed.")
public final class EvalTopicsCommand implements Callable<Integer> {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = TopicDataSets.DEFAULT_DIR,
            description = "The topics data folder (default ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--seeds", defaultValue = "3", description = "Seeds 1..N to run (default ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format.")
    private OutputFormat format;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /**
     * One data set, seed and reference labeling.
     *
     * @param dataset the data set
     * @param against the labels compared with
     * @param seed the seed
     * @param texts how many texts
     * @param chosenK the number of topics the stability criterion chose
     * @param k topics left after sharpening (excluding topic 0; sharpening can empty a few)
     * @param nmi normalised mutual information with the labels
     * @param purity purity against the labels
     * @param npmi mean NPMI coherence of the topics' top stems
     * @param seconds wall time of the discovery
     */
    public record Score(
            String dataset,
            String against,
            long seed,
            int texts,
            int chosenK,
            int k,
            double nmi,
            double purity,
            double npmi,
            double seconds) {}

    @Override
    public Integer call() {
        if (seeds < 1) {
            throw new UserInputException("--seeds must be at least 1");
        }
        List<Score> scores = new ArrayList<>();
        scores.addAll(evaluate("banking77", TopicDataSets.banking77(data), List.of("intent")));
        scores.addAll(evaluate("clinc150", TopicDataSets.clinc150(data), List.of("domain", "intent")));
        var out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("scores", scores);
            out.println(Json.write(root));
        } else {
            out.printf(
                    "%-10s %-7s %4s %6s %8s %6s %7s %7s %7s %7s%n",
                    "data", "against", "seed", "texts", "k chosen", "topics", "NMI", "purity", "NPMI", "seconds");
            for (Score s : scores) {
                out.printf(
                        Locale.ROOT,
                        "%-10s %-7s %4d %6d %8d %6d %7.4f %7.4f %7.4f %7.1f%n",
                        s.dataset(),
                        s.against(),
                        s.seed(),
                        s.texts(),
                        s.chosenK(),
                        s.k(),
                        s.nmi(),
                        s.purity(),
                        s.npmi(),
                        s.seconds());
            }
        }
        out.flush();
        return 0;
    }

    /** Discovery with automatic k for each seed, scored against each labeling. */
    static List<Score> evaluate(String name, TopicDataSets.Labelled set, List<String> against, int seeds) {
        List<Score> scores = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            long start = System.nanoTime();
            TopicModel model = new TopicDiscovery(seed).discover(set.texts(), 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            int[] topics = model.assignment();
            int k = (int) model.topics().stream().filter(t -> t.id() != 0).count();
            double npmi = Coherence.npmi(model);
            for (String labeling : against) {
                int[] truth = TopicDataSets.codes(set.labelings().get(labeling));
                scores.add(new Score(
                        name,
                        labeling,
                        seed,
                        topics.length,
                        model.choice().orElseThrow().k(),
                        k,
                        ClusterScores.nmi(topics, truth),
                        ClusterScores.purity(topics, truth),
                        npmi,
                        seconds));
            }
        }
        return scores;
    }

    private List<Score> evaluate(String name, TopicDataSets.Labelled set, List<String> against) {
        return evaluate(name, set, against, seeds);
    }
}
