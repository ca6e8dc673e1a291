package io.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.verbatim.app.fx.ViewLoader.LoadedView;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.importer.ImportStep;
import io.verbatim.app.importer.ImportWizardView;
import io.verbatim.app.importer.ImportWizardViewModel;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real window on a fresh demo workspace (real store, importer and scorer, jobs on worker threads) and checks
 * that the dashboard fills in. Runs headless under Monocle; writes snapshots to {@code target/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private AppComposition composition;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        Path demo = Files.createTempDirectory("verbatim-demo-ws-");
        System.setProperty("verbatim.demo.dir", demo.toString());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        composition = new AppComposition(new LaunchOptions(true, Optional.empty(), Optional.of(Language.ENGLISH)));
        stage = primary;
        composition.showMainWindow(primary);
        composition.openInitialWorkspace();
    }

    @AfterEach
    void close() {
        composition.close();
        System.clearProperty("verbatim.demo.dir");
    }

    @Test
    void demoWorkspaceOpensWithKpiTilesAndBothCharts(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> kpiTiles(robot) >= 3);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".chart-viewer").queryAll().stream()
                .allMatch(Node::isVisible));

        assertThat(robot.lookup(".kpi-metric").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .contains("NPS", "CSAT", "CES");
        assertThat(robot.lookup(".dashboard-title")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("demo-survey");

        BufferedImage shot = snapshot(stage.getScene(), "main-window.png");
        assertThat(shot.getWidth()).isEqualTo((int) stage.getScene().getWidth());
    }

    @Test
    void shortcutTwoOpensTheTextsTabOnTheDemoComments(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> kpiTiles(robot) >= 3);

        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.DIGIT2, javafx.scene.input.KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup(".texts-table").tryQuery().isPresent()
                        && !robot.lookup(".texts-table")
                                .queryAs(javafx.scene.control.TableView.class)
                                .getItems()
                                .isEmpty());

        assertThat(robot.lookup(".texts-view .combo-box")
                        .queryAs(javafx.scene.control.ComboBox.class)
                        .getValue())
                .isEqualTo("comment");
        snapshot(stage.getScene(), "texts-tab.png");
    }

    @Test
    void switchingToRussianRebuildsTheWindowInRussian(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> kpiTiles(robot) >= 3);

        WaitForAsyncUtils.asyncFx(() -> composition.language().switchTo(Language.RUSSIAN))
                .get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> kpiTiles(robot) >= 3);

        assertThat(robot.lookup(".sidebar-title")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("Наборы данных");
        snapshot(stage.getScene(), "main-window-ru.png");
    }

    @Test
    void importWizardPreviewsTheDemoSurvey(FxRobot robot) throws Exception {
        Path csv = Files.createTempDirectory("verbatim-wizard-").resolve("demo-survey.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/verbatim/app/demo/demo-survey.csv")) {
            Files.copy(in, csv);
        }
        Wizard wizard = openWizard();
        WaitForAsyncUtils.asyncFx(() -> wizard.viewModel().choose(csv)).get();

        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> wizard.viewModel().stepProperty().get() == ImportStep.REVIEW);

        assertThat(wizard.viewModel().columns()).hasSizeGreaterThanOrEqualTo(9);
        snapshot(wizard.stage().getScene(), "import-wizard.png");
        WaitForAsyncUtils.asyncFx(wizard.stage()::close).get();
    }

    @Test
    void importWizardPreviewsATicketExportWithoutSurveyRoles(FxRobot robot) throws Exception {
        Path csv = Files.createTempDirectory("verbatim-tickets-").resolve("zendesk_view_export.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/verbatim/app/importer/zendesk_view_export.csv")) {
            Files.copy(in, csv);
        }
        Wizard wizard = openWizard();
        WaitForAsyncUtils.asyncFx(() -> wizard.viewModel().choose(csv)).get();

        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> wizard.viewModel().stepProperty().get() == ImportStep.REVIEW);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(wizard.viewModel().surveyOptionsProperty().get()).isFalse();
        snapshot(wizard.stage().getScene(), "import-tickets.png");
        WaitForAsyncUtils.asyncFx(wizard.stage()::close).get();
    }

    @Test
    void aGarbageFileShowsOneFileLineColumnReasonLineAndLeavesTheDatasetsAsTheyWere(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> kpiTiles(robot) >= 3);
        ListView<?> datasetList = robot.lookup(".dataset-list").queryAs(ListView.class);
        List<String> before =
                List.copyOf(datasetList.getItems().stream().map(String::valueOf).toList());
        Path bad = Files.createTempDirectory("verbatim-bad-").resolve("bad.csv");
        byte[] garbage = new byte[20_000];
        new Random(42).nextBytes(garbage);
        Files.write(bad, garbage);
        Wizard wizard = openWizard();

        WaitForAsyncUtils.asyncFx(() -> wizard.viewModel().choose(bad)).get();
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> !wizard.viewModel().errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.from(wizard.stage().getScene().getRoot())
                .lookup(".error-message")
                .queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).matches("bad\\.csv:\\d+:\\d+: \\S.*").doesNotContain("\n", "Exception", "\tat ");
        assertThat(wizard.viewModel().stepProperty().get()).isEqualTo(ImportStep.CHOOSE_FILE);
        assertThat(wizard.viewModel().canImportProperty().get()).isFalse();
        snapshot(wizard.stage().getScene(), "import-bad-file.png");

        WaitForAsyncUtils.asyncFx(() -> composition.session().refresh()).get();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(datasetList.getItems().stream().map(String::valueOf).toList())
                .containsExactlyElementsOf(before);
        WaitForAsyncUtils.asyncFx(wizard.stage()::close).get();
    }

    /** Shows the wizard in its own window, as the File menu does, minus the native file chooser. */
    private Wizard openWizard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    LoadedView<ImportWizardView> view = composition.viewLoader().load(ImportWizardView.class);
                    Stage window = new Stage();
                    Scene scene = new Scene(view.root(), 1000, 720);
                    scene.getStylesheets().addAll(stage.getScene().getStylesheets());
                    window.setScene(scene);
                    window.show();
                    return new Wizard(view.controller().viewModel(), window);
                })
                .get();
    }

    private record Wizard(ImportWizardViewModel viewModel, Stage stage) {}

    private static BufferedImage snapshot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name);
        ImageIO.write(buffered, "png", file.toFile());
        assertThat(file).exists();
        return buffered;
    }

    /**
     * The KPI tiles shown, counted on the JavaFX thread: the dashboard replaces its tiles on every redraw, and a
     * scene-graph walk from the test thread can meet a child list in mid-change.
     */
    private static int kpiTiles(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(
                        () -> robot.lookup(".kpi-tile").queryAll().size())
                .get();
    }
}
