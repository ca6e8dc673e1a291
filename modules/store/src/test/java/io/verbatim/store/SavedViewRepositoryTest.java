package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dashboard.SavedView;
import io.verbatim.domain.port.SavedViewRepository;
import io.verbatim.domain.score.Metric;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved dashboard views in a real H2 workspace: kept per dataset and name, replaced, deleted, kept across opens. */
class SavedViewRepositoryTest {

    @TempDir
    Path dir;

    private final Instant at = Instant.parse("2026-12-07T23:00:00Z");

    @Test
    void aViewComesBackAsSavedWithItsValuesInOrderAcrossOpens() {
        Map<String, List<String>> segments = new LinkedHashMap<>();
        segments.put("Region", List.of("Москва", "Berlin", ""));
        segments.put("Channel", List.of("app"));
        SavedView moscow = new SavedView(
                "survey",
                " Москва, Q1 ",
                Metric.CSAT,
                "Stage",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 4, 1),
                segments,
                at);
        try (Workspace workspace = Workspace.open(dir)) {
            workspace.savedViews().save(moscow);
            workspace
                    .savedViews()
                    .save(new SavedView("survey", "all", Metric.NPS, null, null, null, Map.of(), at.plusSeconds(1)));
            workspace.savedViews().save(new SavedView("tickets", "all", Metric.CSAT, null, null, null, Map.of(), at));
        }
        try (Workspace reopened = Workspace.open(dir)) {
            SavedViewRepository views = reopened.savedViews();
            assertThat(views.views("survey")).extracting(SavedView::name).containsExactly("all", "Москва, Q1");
            SavedView read = views.view("survey", "Москва, Q1").orElseThrow();
            assertThat(read).isEqualTo(moscow);
            assertThat(read.segments().keySet()).containsExactly("Region", "Channel");
            assertThat(views.view("survey", "all").orElseThrow().breakdown()).isNull();
        }
    }

    @Test
    void savingUnderATakenNameReplacesTheViewAndDeleteRemovesIt() {
        try (Workspace workspace = Workspace.open(dir)) {
            SavedViewRepository views = workspace.savedViews();
            views.save(new SavedView(
                    "survey", "mine", Metric.NPS, "Region", null, null, Map.of("Stage", List.of("a", "b")), at));
            views.save(
                    new SavedView("survey", "mine", Metric.CES, null, null, null, Map.of("Region", List.of("c")), at));

            assertThat(views.views("survey")).hasSize(1);
            SavedView replaced = views.view("survey", "mine").orElseThrow();
            assertThat(replaced.metric()).isEqualTo(Metric.CES);
            assertThat(replaced.segments()).isEqualTo(Map.of("Region", List.of("c")));

            assertThat(views.delete("survey", "mine")).isTrue();
            assertThat(views.delete("survey", "mine")).isFalse();
            assertThat(views.views("survey")).isEmpty();
        }
    }
}
