package io.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.verbatim.app.fx.ViewLoader.LoadedView;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.importer.ImportWizardView;
import io.verbatim.app.importer.ImportWizardViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard's failure state on a real refused file, in both languages: the problems table is shown with one row per
 * problem and translated headers. Runs headless under Monocle; writes snapshots to {@code target/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ImportProblemsSnapshotTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private static final String BAD_TICKETS =
            """
            Ticket ID,Subject,Status,Priority,Created time,Resolved time,First reply time (min),Agent
            1,Заказ не пришёл,Open,Low,2024-01-05 10:00:00,,15,Анна
            2,B,Open,Low,завтра,,20,Ann
            3,C,Open,Low,2024-01-06 10:00:00,,fast,Ann
            4,D,Open,Low,2024-01-07 10:00:00,soon,"1 hour, roughly",Ann
            5,E,Open,Low,2024-01-08 10:00:00,,5,Ann,stray
            """;

    private AppComposition composition;

    @Start
    void start(Stage primary) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        composition = new AppComposition(new LaunchOptions(false, Optional.empty(), Optional.of(Language.ENGLISH)));
    }

    @AfterEach
    void close() {
        composition.close();
    }

    @ParameterizedTest(name = "in {0} the table header reads {1}")
    @CsvSource({"ENGLISH, What to do, Not a date", "RUSSIAN, Что сделать, Не дата"})
    void aRefusedFileShowsItsProblemsInATable(Language language, String header, String firstRule, FxRobot robot)
            throws Exception {
        Path bad = Files.createTempDirectory("verbatim-problems-").resolve("bad-tickets.csv");
        Files.writeString(bad, BAD_TICKETS, StandardCharsets.UTF_8);
        WaitForAsyncUtils.asyncFx(() -> composition.language().switchTo(language))
                .get();
        Wizard wizard = openWizard();

        WaitForAsyncUtils.asyncFx(() -> wizard.viewModel().choose(bad)).get();
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> wizard.viewModel().problems().shownProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.from(wizard.stage().getScene().getRoot())
                .lookup(".problem-table")
                .queryAs(TableView.class);
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).hasSize(5);
        assertThat(table.getColumns().getLast().getText()).isEqualTo(header);
        assertThat(wizard.viewModel().problems().rows().getFirst().rule()).isEqualTo(firstRule);
        assertThat(robot.from(wizard.stage().getScene().getRoot())
                        .lookup(".error-message")
                        .queryAllAs(Label.class))
                .anyMatch(Label::isVisible);
        snapshot(
                wizard.stage().getScene(),
                "import-problems-" + language.locale().getLanguage() + ".png");
        WaitForAsyncUtils.asyncFx(wizard.stage()::close).get();
    }

    private Wizard openWizard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    LoadedView<ImportWizardView> view = composition.viewLoader().load(ImportWizardView.class);
                    Stage window = new Stage();
                    Scene scene = new Scene(view.root(), 1000, 720);
                    scene.getStylesheets()
                            .add(Objects.requireNonNull(AppComposition.class.getResource("app.css"))
                                    .toExternalForm());
                    window.setScene(scene);
                    window.show();
                    return new Wizard(view.controller().viewModel(), window);
                })
                .get();
    }

    private record Wizard(ImportWizardViewModel viewModel, Stage stage) {}

    private static void snapshot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image =
                WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        assertThat(file).exists();
    }
}
