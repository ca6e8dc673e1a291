package io.verbatim.store.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.journey.JourneyMap;
import io.verbatim.domain.journey.Lane;
import io.verbatim.domain.journey.LaneKind;
import io.verbatim.domain.journey.Note;
import io.verbatim.domain.journey.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in templates: named in both languages, the same shape in each, and new maps that share no ids. */
class JourneyTemplatesTest {

    private static final Locale RUSSIAN = Locale.of("ru", "RU");
    private static final Pattern LOWERCASE_LATIN_WORD = Pattern.compile("\\b[a-z]{2,}\\b");

    @Test
    void theFourCommonJourneysAreNamedInTheInterfaceLanguage() {
        assertThat(JourneyTemplates.list(RUSSIAN))
                .extracting(JourneyTemplates.Template::name)
                .containsExactly("Онлайн-покупка", "Подключение услуги", "Обращение в поддержку", "Банковская карта");
        assertThat(JourneyTemplates.list(Locale.ENGLISH))
                .extracting(JourneyTemplates.Template::name)
                .containsExactly("Online purchase", "Telecom connection", "Support request", "Bank card");
        assertThat(JourneyTemplates.list(Locale.GERMAN)).isEqualTo(JourneyTemplates.list(Locale.ENGLISH));
    }

    @Test
    void eachTemplateHasFiveToEightStagesTheStandardLanesAndTheSameShapeInBothLanguages() {
        for (String key : JourneyTemplates.KEYS) {
            JourneyMap ru = JourneyTemplates.newMap(key, RUSSIAN, counter("x"));
            JourneyMap en = JourneyTemplates.newMap(key, Locale.ENGLISH, counter("x"));
            assertThat(ru.stages()).as(key).hasSizeBetween(5, 8);
            assertThat(ru.lanes()).extracting(Lane::kind).as(key).containsExactly(LaneKind.values());
            assertThat(ru.lanes()).extracting(Lane::title).doesNotContain("");
            assertThat(en.stages())
                    .extracting(Stage::id)
                    .isEqualTo(ru.stages().stream().map(Stage::id).toList());
            assertThat(en.notes())
                    .extracting(Note::stageId, Note::laneId)
                    .isEqualTo(ru.notes().stream()
                            .map(n -> org.assertj.core.groups.Tuple.tuple(n.stageId(), n.laneId()))
                            .toList());
            assertThat(ru.personas()).hasSize(1);
            for (String text : russianTexts(ru)) {
                assertThat(text).as(key + " reads as Russian").doesNotContainPattern(LOWERCASE_LATIN_WORD);
            }
        }
    }

    @Test
    void aNewMapHasFreshIdsAndItsNotesStayInTheirCells() {
        JourneyMap first = JourneyTemplates.newMap("online-purchase", RUSSIAN);
        JourneyMap second = JourneyTemplates.newMap("online-purchase", RUSSIAN);
        assertThat(first.id()).isNotEqualTo(second.id()).isNotEqualTo("online-purchase");
        Set<String> ids = new HashSet<>(ids(first));
        assertThat(ids).as("ids are unique within a map").hasSize(ids(first).size());
        ids.retainAll(ids(second));
        assertThat(ids).as("two maps from one template share no id").isEmpty();
        for (Note note : first.notes()) {
            assertThat(first.stage(note.stageId())).isPresent();
            assertThat(first.lane(note.laneId())).isPresent();
        }
        Stage search = first.stages().getFirst();
        assertThat(search.name()).isEqualTo("Поиск");
        assertThat(first.notesAt(search.id(), first.lanes().getFirst().id()))
                .extracting(Note::text)
                .containsExactly("Ищет товар в поисковике или на маркетплейсе");
        assertThat(JourneyJson.read(JourneyJson.write(first))).isEqualTo(first);
    }

    @Test
    void aBlankMapHasTheStandardLanesInTheInterfaceLanguage() {
        JourneyMap blank = JourneyTemplates.blank("Новая карта", RUSSIAN);
        assertThat(blank.stages()).isEmpty();
        assertThat(blank.lanes()).extracting(Lane::kind).containsExactly(LaneKind.values());
        assertThat(blank.lanes().getFirst().title()).isEqualTo("Действия клиента");
        assertThat(JourneyTemplates.blank("New", Locale.ENGLISH)
                        .lanes()
                        .getFirst()
                        .title())
                .isEqualTo("Customer actions");
    }

    @Test
    void anUnknownTemplateIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> JourneyTemplates.newMap("car-loan", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("online-purchase");
    }

    private static List<String> ids(JourneyMap map) {
        List<String> ids = new ArrayList<>();
        ids.add(map.id());
        map.personas().forEach(p -> ids.add(p.id()));
        map.stages().forEach(s -> ids.add(s.id()));
        map.lanes().forEach(l -> ids.add(l.id()));
        map.notes().forEach(n -> ids.add(n.id()));
        return ids;
    }

    private static List<String> russianTexts(JourneyMap map) {
        return Stream.of(
                        Stream.of(map.name()),
                        map.personas().stream().flatMap(p -> Stream.of(p.name(), p.description())),
                        map.stages().stream().map(Stage::name),
                        map.lanes().stream().map(Lane::title),
                        map.notes().stream().map(Note::text))
                .flatMap(s -> s)
                .toList();
    }

    private static java.util.function.Supplier<String> counter(String prefix) {
        int[] next = {0};
        return () -> prefix + next[0]++;
    }
}
