package io.verbatim.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analytics.cube.CubeCache;
import io.verbatim.analytics.cube.FilterExpression;
import io.verbatim.analytics.score.ScoreRequest;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.RealWorkspace;
import io.verbatim.app.workspace.DemoSurvey;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.job.JobContext;
import io.verbatim.domain.job.SynchronousJobRunner;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.journey.StageEvidence;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.score.Metric;
import io.verbatim.domain.score.Score;
import io.verbatim.ingest.catalog.StandardImporters;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Journey tab measuring real bindings: the demo survey in a real H2 workspace, the analytics calculator. */
class CalculatedEvidenceTest {

    private final Messages english = Messages.of(Language.ENGLISH);

    @TempDir
    Path home;

    private RealWorkspace workspace;
    private JourneyAutosave autosave;
    private DatasetRepository datasets;

    @BeforeEach
    void open() throws Exception {
        workspace = RealWorkspace.open(home);
        datasets = workspace.workspace().datasets();
        new DemoSurvey(StandardImporters.all().forKind(DatasetKind.SURVEY).orElseThrow())
                .seed(datasets, JobContext.none());
        workspace.session().refresh();
        autosave = new JourneyAutosave(Runnable::run);
    }

    @AfterEach
    void close() throws Exception {
        autosave.flush(Duration.ofSeconds(5));
        autosave.close();
        workspace.close();
    }

    @Test
    void bindingAStageShowsTheScoreTheCubeGivesForItsFilterAndRebindingMeasuresAgain() {
        JourneyViewModel viewModel = new JourneyViewModel(
                workspace.session(), new SynchronousJobRunner(), autosave, new CalculatedEvidence(), english);
        viewModel.createBlank();
        JourneyEditor editor = viewModel.editor().orElseThrow();
        String stage = editor.addStage("Usage");

        editor.bindStage(stage, new Binding("demo-survey", Metric.NPS, "", "stage=Usage", "comment"));

        StageEvidence usage = evidenceOf(viewModel, stage);
        assertThat(usage.score()).isEqualTo(cubeScore(Metric.NPS, "stage=Usage"));
        assertThat(usage.score().n()).isGreaterThan(1000);
        assertThat(usage.verbatims()).isNotEmpty();
        assertThat(usage.derivedEmotionIfAny()).isPresent();
        assertThat(new EvidenceFormat(english).metricLine(usage)).matches("NPS [+−]?\\d+ ± \\d+ · n=[\\d,]+");

        editor.bindStage(stage, new Binding("demo-survey", Metric.CSAT, "", "stage=Billing", "comment"));

        StageEvidence billing = evidenceOf(viewModel, stage);
        assertThat(billing.score()).isEqualTo(cubeScore(Metric.CSAT, "stage=Billing"));
        assertThat(billing.score().n()).isNotEqualTo(usage.score().n());
        assertThat(viewModel.evidenceProblemProperty().get()).isEmpty();
    }

    @Test
    void aStageBoundToAMissingDatasetIsReportedWhileTheOthersKeepTheirNumbers() {
        JourneyViewModel viewModel = new JourneyViewModel(
                workspace.session(), new SynchronousJobRunner(), autosave, new CalculatedEvidence(), english);
        viewModel.createBlank();
        JourneyEditor editor = viewModel.editor().orElseThrow();
        String good = editor.addStage("Support");
        String stale = editor.addStage("Gone");
        editor.bindStage(good, new Binding("demo-survey", Metric.NPS, "", "stage=Support", ""));

        editor.bindStage(stale, new Binding("deleted-survey", Metric.NPS, "", "", ""));

        assertThat(evidenceOf(viewModel, good).score()).isEqualTo(cubeScore(Metric.NPS, "stage=Support"));
        assertThat(viewModel.evidenceProperty().get().forStage(stage(viewModel, stale)))
                .isEmpty();
        assertThat(viewModel.evidenceProblemProperty().get())
                .contains("deleted-survey")
                .doesNotContain("\n");
    }

    private StageEvidence evidenceOf(JourneyViewModel viewModel, String stageId) {
        return viewModel
                .evidenceProperty()
                .get()
                .forStage(stage(viewModel, stageId))
                .orElseThrow();
    }

    private static Stage stage(JourneyViewModel viewModel, String stageId) {
        return viewModel.mapProperty().get().stage(stageId).orElseThrow();
    }

    private Score cubeScore(Metric metric, String filter) {
        Dataset dataset = datasets.dataset("demo-survey").orElseThrow();
        return new CubeCache(1)
                .cube(datasets, dataset)
                .score(ScoreRequest.of(metric), FilterExpression.parse(filter))
                .groups()
                .getFirst();
    }
}
