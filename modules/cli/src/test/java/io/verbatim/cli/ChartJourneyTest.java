package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.NoteColour;
import io.verbatim.domain.journey.Persona;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.score.Metric;
import io.verbatim.store.Workspace;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chart --kind journey}: a map stored in the workspace is drawn; which map is drawn is never a guess. */
class ChartJourneyTest {

    private static final Path DEMO = Path.of("../../resources/demo/demo-survey.csv");

    @TempDir
    Path workspace;

    @TempDir
    Path images;

    private CliRun cli;

    @BeforeEach
    void importDemo() {
        System.setProperty("java.awt.headless", "true");
        cli = new CliRun(workspace);
        assertThat(cli.run("import", DEMO.toString(), "--dataset", "demo").code())
                .isZero();
    }

    @Test
    void theOnlyMapBoundToTheDatasetIsDrawnInRussian() throws Exception {
        save(map("m1", "Путь абонента", "demo"));
        Path svg = images.resolve("journey.svg");
        Path png = images.resolve("journey.png");

        CliRun.Result result =
                cli.run("chart", "--dataset", "demo", "--kind", "journey", "--lang", "ru", "--out", svg.toString());
        CliRun.Result image =
                cli.run("chart", "--dataset", "demo", "--kind", "journey", "--out", png.toString(), "--width", "1400");

        assertThat(result.code()).as(result.err()).isZero();
        var onboarding = cli.json("score", "--dataset", "demo", "--metric", "nps", "--filter", "stage=Onboarding")
                .get("groups")
                .get(0);
        long rounded = Math.round(onboarding.get("value").asDouble());
        String base = java.text.NumberFormat.getIntegerInstance(java.util.Locale.of("ru"))
                .format(onboarding.get("n").asLong());
        assertThat(Files.readString(svg, StandardCharsets.UTF_8))
                .contains((rounded > 0 ? "+" : "") + rounded, "n = " + base, "по данным", "ощущения (воркшоп)")
                .doesNotContain("показатели не рассчитаны");
        assertThat(Files.readString(svg, StandardCharsets.UTF_8))
                .contains("Путь абонента", "1. Подключение", "2. Оплата", "Эмоции", "Голос клиента", "Ждёт мастера")
                .contains("Персона: Анна");
        assertThat(image.code()).as(image.err()).isZero();
        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(1400);
        assertThat(read.getHeight()).isGreaterThan(300);
    }

    @Test
    void aMapIsChosenByNameWhenSeveralAreBound() throws Exception {
        save(map("m1", "Путь абонента", "demo"));
        save(map("m2", "Second map", "demo"));
        Path svg = images.resolve("second.svg");

        CliRun.Result ambiguous = cli.run("chart", "--dataset", "demo", "--kind", "journey", "--out", svg.toString());
        CliRun.Result named = cli.run(
                "chart", "--dataset", "demo", "--kind", "journey", "--map", "second map", "--out", svg.toString());

        assertThat(ambiguous.code()).isEqualTo(1);
        assertThat(ambiguous.err().strip())
                .contains("several journey maps", "--map NAME")
                .doesNotContain("\n");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("Second map");
    }

    @Test
    void aStageBoundToAColumnTheDatasetLacksIsAOneLineError() {
        JourneyMap map = map("m1", "Broken", "demo");
        Stage first = map.stages().getFirst();
        save(map.withStageReplaced(
                first.withBinding(new Binding("demo", Metric.NPS, "nps", "stage=Onboarding", "nope"))));

        CliRun.Result result = cli.run(
                "chart",
                "--dataset",
                "demo",
                "--kind",
                "journey",
                "--out",
                images.resolve("b.png").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip())
                .startsWith("journey map 'Broken': ")
                .contains("nope")
                .doesNotContain("\n");
    }

    @Test
    void noBoundMapOrAnUnknownNameIsAOneLineError() {
        save(map("m1", "Other data", "tickets"));
        Path png = images.resolve("x.png");

        CliRun.Result none = cli.run("chart", "--dataset", "demo", "--kind", "journey", "--out", png.toString());
        CliRun.Result unknown =
                cli.run("chart", "--dataset", "demo", "--kind", "journey", "--map", "nope", "--out", png.toString());

        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err().strip()).contains("no journey map is bound to dataset demo", "'Other data'");
        assertThat(unknown.err().strip()).contains("no journey map named 'nope'");
    }

    private void save(JourneyMap map) {
        try (Workspace open = Workspace.open(workspace)) {
            open.journeys().save(map);
        }
    }

    private static JourneyMap map(String id, String name, String dataset) {
        JourneyMap map = JourneyMap.empty(id, name).withPersona(new Persona("p", "Анна", "новый абонент"));
        String[][] stages = {{"Подключение", "Onboarding"}, {"Оплата", "Billing"}, {"Поддержка", "Support"}};
        for (int i = 0; i < stages.length; i++) {
            Binding binding = new Binding(dataset, Metric.NPS, "nps", "stage=" + stages[i][1], "comment");
            map = map.withStage(new Stage("s" + i, stages[i][0], binding, i - 1.0));
        }
        map = map.withLane(new Lane("a", LaneKind.ACTIONS, "Действия"))
                .withLane(new Lane("e", LaneKind.EMOTIONS, ""))
                .withLane(new Lane("m", LaneKind.METRICS, ""))
                .withLane(new Lane("v", LaneKind.VERBATIMS, ""));
        return map.withNote(new Note("n", "s0", "a", "Ждёт мастера", NoteColour.YELLOW));
    }
}
