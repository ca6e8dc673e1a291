package io.verbatim.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Stage;
import io.verbatim.domain.score.Metric;
import org.junit.jupiter.api.Test;

class DemoJourneyTest {

    @Test
    void everyStageIsBoundToTheDemoSurveysStageColumnAndHasAFeltEmotion() {
        JourneyMap map = new DemoJourney(Messages.of(Language.ENGLISH)).map();

        assertThat(map.stages())
                .extracting(Stage::binding)
                .extracting(Binding::filter)
                .containsExactly("stage=Onboarding", "stage=Usage", "stage=Billing", "stage=Support", "stage=Renewal");
        assertThat(map.stages()).allSatisfy(stage -> {
            assertThat(stage.binding().dataset()).isEqualTo("demo-survey");
            assertThat(stage.binding().metric()).isEqualTo(Metric.NPS);
            assertThat(stage.binding().textColumn()).isEqualTo("comment");
            assertThat(stage.feltEmotion()).isNotNull();
        });
        assertThat(map.notes()).hasSize(10).allSatisfy(note -> assertThat(note.text())
                .doesNotStartWith("!"));
        assertThat(map.personas()).singleElement().satisfies(p -> assertThat(p.name())
                .startsWith("Anna"));
    }

    @Test
    void itSpeaksTheInterfaceLanguageAndTwoCopiesShareNoIds() {
        JourneyMap russian = new DemoJourney(Messages.of(Language.RUSSIAN)).map();
        JourneyMap again = new DemoJourney(Messages.of(Language.RUSSIAN)).map();

        assertThat(russian.stages()).extracting(Stage::name).contains("Подключение", "Поддержка");
        assertThat(russian.id()).isNotEqualTo(again.id());
        assertThat(russian.stages().getFirst().id())
                .isNotEqualTo(again.stages().getFirst().id());
        assertThat(russian.notesAt(
                        russian.stages().getFirst().id(),
                        russian.lanes().getFirst().id()))
                .isNotEmpty();
    }
}
