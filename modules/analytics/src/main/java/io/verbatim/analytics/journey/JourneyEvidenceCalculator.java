package io.verbatim.analytics.journey;

import io.verbatim.analytics.cube.Cube;
import io.verbatim.analytics.cube.CubeCache;
import io.verbatim.analytics.cube.Filter;
import io.verbatim.analytics.cube.FilterExpression;
import io.verbatim.analytics.score.ColumnResolver;
import io.verbatim.analytics.score.ScoreException;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyEvidence;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.Score;
import io.verbatim.domain.score.ScoreTable;
import io.verbatim.domain.score.Variant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Measures the bound stages of a journey map: for each, the score of its binding over the rows of its filter, a few
 * representative verbatims and the emotion the score implies (ADR 0032).
 *
 * <p>The score is the in-memory {@link Cube}'s answer for {@code FilterExpression.parse(binding.filter())} with the
 * binding's metric and question and the metric's default variant, which is exactly what {@code verbatim score
 * --dataset D --metric M --filter F [--question Q]} prints (issue 6, acceptance 2). Cubes come from a shared
 * {@link CubeCache}, so a map of eight stages over one dataset reads each column once. The verbatims follow
 * {@link RepresentativeVerbatims} and the emotion {@link DerivedEmotion}.
 */
public final class JourneyEvidenceCalculator {

    private final DatasetRepository repository;
    private final CubeCache cubes;

    public JourneyEvidenceCalculator(DatasetRepository repository, CubeCache cubes) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.cubes = Objects.requireNonNull(cubes, "cubes");
    }

    /**
     * The evidence of every bound stage of the map, in stage order.
     *
     * @throws JourneyEvidenceException naming the first stage whose binding cannot be measured
     */
    public JourneyEvidence evidence(JourneyMap map) {
        Map<String, StageEvidence> byStage = new LinkedHashMap<>();
        Map<String, String[]> columns = new HashMap<>();
        for (Stage stage : map.stages()) {
            if (stage.binding() != null) {
                byStage.put(stage.id(), stage(stage, columns));
            }
        }
        return new JourneyEvidence(byStage);
    }

    /**
     * The evidence of one bound stage.
     *
     * @throws JourneyEvidenceException when the dataset, question or text column is unknown or the filter cannot be read;
     *     the message starts with the stage's name
     * @throws IllegalArgumentException when the stage is not bound
     */
    public StageEvidence stage(Stage stage) {
        return stage(stage, new HashMap<>());
    }

    /** @param columns the text and answer columns read so far in this pass, by dataset and column */
    private StageEvidence stage(Stage stage, Map<String, String[]> columns) {
        Binding binding = stage.binding();
        if (binding == null) {
            throw new IllegalArgumentException("stage " + stage.id() + " is not bound to data");
        }
        try {
            Dataset dataset = repository
                    .dataset(binding.dataset())
                    .orElseThrow(() -> new ScoreException("there is no dataset named '" + binding.dataset()
                            + "' in this workspace; bind the stage to one of " + datasetNames()));
            List<Filter> filters = FilterExpression.parse(binding.filter());
            String question =
                    binding.question().isBlank() ? null : binding.question().strip();
            Cube cube = cubes.cube(repository, dataset);
            ScoreTable table = cube.score(new ScoreRequest(binding.metric(), question, null, null, null), filters);
            Score score = table.groups().getFirst();
            Column scored = ColumnResolver.question(dataset, binding.metric(), question);
            double emotion = DerivedEmotion.of(
                    binding.metric(), score, scored.question(), table.variant() == Variant.TOP_BOX_PERCENT);
            List<String> verbatims = verbatims(cube, filters, binding, scored, emotion, columns);
            return new StageEvidence(stage.id(), binding, score, verbatims, emotion);
        } catch (JourneyEvidenceException e) {
            throw e;
        } catch (ScoreException e) {
            throw new JourneyEvidenceException("Stage «" + label(stage) + "»: " + e.getMessage());
        }
    }

    /**
     * The stage's verbatims. The stage's rows come from the cube's selection and each text and answer column is read
     * once per pass over a map, so eight stages over one dataset read its text column once, not eight times.
     */
    private List<String> verbatims(
            Cube cube,
            List<Filter> filters,
            Binding binding,
            Column scored,
            double emotion,
            Map<String, String[]> columns) {
        if (binding.textColumn().isBlank()) {
            return List.of();
        }
        Dataset dataset = cube.dataset();
        Column textColumn = dataset.column(binding.textColumn().strip())
                .orElseThrow(() -> new ScoreException("dataset " + dataset.name() + " has no text column '"
                        + binding.textColumn().strip() + "' for the verbatims"));
        String[] texts = column(columns, dataset, textColumn);
        String[] answers = column(columns, dataset, scored);
        int direction = Double.isNaN(emotion) ? 0 : (int) Math.signum(emotion);
        return RepresentativeVerbatims.choose(
                texts, answers, cube.selection(filters), binding.metric(), scored.question(), direction);
    }

    private String[] column(Map<String, String[]> columns, Dataset dataset, Column column) {
        return columns.computeIfAbsent(
                dataset.id() + "/" + column.key(), key -> repository.readColumn(dataset, column));
    }

    private String datasetNames() {
        List<String> names = repository.datasets().stream().map(Dataset::name).toList();
        return names.isEmpty() ? "(none yet: import one first)" : String.join(", ", names);
    }

    private static String label(Stage stage) {
        return stage.name().isBlank() ? stage.id() : stage.name();
    }
}
