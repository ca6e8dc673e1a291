package io.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.verbatim.app.fx.ViewLoader.LoadedView;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.importer.ImportStep;
import io.verbatim.app.importer.ImportWizardView;
import io.verbatim.app.importer.ImportWizardViewModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
 * The wizard's mapping step in the real window (real store, importers and worker threads), headless under Monocle, in
 * English and Russian: a ticket table, the same table offered the preset saved from it, and a survey. Writes snapshots
 * to {@code target/screenshots}. {@code -Dverbatim.snapshot.tickets=FILE} renders another ticket export.
 */
@ExtendWith(ApplicationExtension.class)
class MappingStepSnapshotTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String STYLESHEET =
            Objects.requireNonNull(AppComposition.class.getResource("app.css")).toExternalForm();

    private AppComposition composition;

    @Start
    void start(Stage primary) throws Exception {
        Path demo = Files.createTempDirectory("verbatim-mapping-ws-");
        System.setProperty("verbatim.demo.dir", demo.toString());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        composition = new AppComposition(new LaunchOptions(true, Optional.empty(), Optional.of(Language.ENGLISH)));
        composition.showMainWindow(primary);
        composition.openInitialWorkspace();
    }

    @AfterEach
    void close() {
        composition.close();
        System.clearProperty("verbatim.demo.dir");
    }

    @Test
    void theMappingStepShowsTicketsWithTheirPresetAndASurveyInBothLanguages(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> composition.session().presets().isPresent());
        Path dir = Files.createTempDirectory("verbatim-mapping-");
        Path tickets = ticketFile(dir.resolve("tickets.csv"));
        Path nextMonth = Files.copy(tickets, dir.resolve("tickets-next-month.csv"));
        Path survey = dir.resolve("demo-survey.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/verbatim/app/demo/demo-survey.csv")) {
            Files.copy(in, survey);
        }

        Wizard english = open(tickets);
        assertThat(english.viewModel().mapping().rows()).isNotEmpty();
        snapshot(english, "mapping-tickets.png");
        WaitForAsyncUtils.asyncFx(() -> english.viewModel().mapping().savePreset("Help desk export"))
                .get();
        waitForMapping(english.viewModel());
        WaitForAsyncUtils.asyncFx(english.stage()::close).get();

        Wizard offered = open(nextMonth);
        assertThat(offered.viewModel().mapping().offerProperty().get().name()).isEqualTo("Help desk export");
        Label banner = robot.from(offered.stage().getScene().getRoot())
                .lookup(".preset-banner-text")
                .queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains("Help desk export");
        snapshot(offered, "mapping-tickets-preset.png");
        WaitForAsyncUtils.asyncFx(offered.stage()::close).get();

        Wizard surveyWizard = open(survey);
        assertThat(surveyWizard.viewModel().mapping().tableOptionsProperty().get())
                .isFalse();
        snapshot(surveyWizard, "mapping-survey.png");
        WaitForAsyncUtils.asyncFx(surveyWizard.stage()::close).get();

        WaitForAsyncUtils.asyncFx(() -> composition.language().switchTo(Language.RUSSIAN))
                .get();
        Wizard russian = open(nextMonth);
        assertThat(tabText(russian)).isEqualTo("Сопоставление");
        snapshot(russian, "mapping-tickets-ru.png");
        WaitForAsyncUtils.asyncFx(russian.stage()::close).get();
        Wizard russianSurvey = open(survey);
        snapshot(russianSurvey, "mapping-survey-ru.png");
        WaitForAsyncUtils.asyncFx(russianSurvey.stage()::close).get();
    }

    private static Path ticketFile(Path target) throws Exception {
        String other = System.getProperty("verbatim.snapshot.tickets");
        if (other != null && !other.isBlank()) {
            return Files.copy(Path.of(other), target, StandardCopyOption.REPLACE_EXISTING);
        }
        try (InputStream in = MappingStepSnapshotTest.class.getResourceAsStream(
                "/io/verbatim/app/importer/zendesk_view_export.csv")) {
            Files.copy(in, target);
        }
        return target;
    }

    /** Shows the wizard in its own window as the File menu does, reads the file and selects the mapping tab. */
    private Wizard open(Path file) throws Exception {
        Wizard wizard = WaitForAsyncUtils.asyncFx(() -> {
                    LoadedView<ImportWizardView> view = composition.viewLoader().load(ImportWizardView.class);
                    Stage window = new Stage();
                    Scene scene = new Scene(view.root(), 1000, 800);
                    scene.getStylesheets().add(STYLESHEET);
                    window.setScene(scene);
                    window.show();
                    return new Wizard(view.controller().viewModel(), window);
                })
                .get();
        WaitForAsyncUtils.asyncFx(() -> wizard.viewModel().choose(file)).get();
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> wizard.viewModel().stepProperty().get() == ImportStep.REVIEW);
        waitForMapping(wizard.viewModel());
        WaitForAsyncUtils.asyncFx(() -> tabs(wizard).getSelectionModel().select(1))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        return wizard;
    }

    private static void waitForMapping(ImportWizardViewModel viewModel) throws Exception {
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> !viewModel.mapping().busyProperty().get()
                        && !viewModel.mapping().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TabPane tabs(Wizard wizard) {
        Node pane = wizard.stage().getScene().getRoot().lookup(".tab-pane");
        return (TabPane) pane;
    }

    private static String tabText(Wizard wizard) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> tabs(wizard).getTabs().get(1).getText())
                .get();
    }

    private static void snapshot(Wizard wizard, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> wizard.stage().getScene().snapshot(null))
                .get();
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        assertThat(file).exists();
    }

    private record Wizard(ImportWizardViewModel viewModel, Stage stage) {}
}
