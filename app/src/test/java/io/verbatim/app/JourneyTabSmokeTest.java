package io.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.verbatim.app.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real window on a fresh demo workspace, headless under Monocle, and goes to the Journey tab with Ctrl+3. */
@ExtendWith(ApplicationExtension.class)
class JourneyTabSmokeTest {

    private AppComposition composition;

    @Start
    void start(Stage primary) throws Exception {
        Path demo = Files.createTempDirectory("verbatim-journey-ws-");
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
    void shortcutThreeOpensTheJourneyTab(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> robot.lookup(".kpi-tile").queryAll().size() >= 3);

        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup(".main-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Journey");
        Node view = robot.lookup(".journey-view").query();
        assertThat(view.isVisible()).isTrue();
        assertThat(robot.lookup(".journey-map-chooser").tryQuery()).isPresent();
        // A fresh demo workspace comes with the demo map: five stages bound to the demo survey.
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup(".journey-stage").queryAll().size() == 5);
        assertThat(robot.lookup(".journey-note").queryAll()).hasSize(10);
        assertThat(robot.lookup(".emotion-felt-point").queryAll()).hasSize(5);
    }
}
