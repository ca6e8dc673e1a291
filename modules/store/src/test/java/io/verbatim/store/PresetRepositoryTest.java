package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.preset.Preset;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presets in a real H2 workspace: saved, replaced by name, matched by fingerprint, kept across opens. */
class PresetRepositoryTest {

    private static final String SHAPE = "a".repeat(64);
    private static final String OTHER_SHAPE = "b".repeat(64);

    @TempDir
    Path directory;

    @Test
    void aSavedPresetIsFoundByNameAndByFingerprintAfterReopening() {
        try (Workspace workspace = Workspace.open(directory)) {
            workspace.presets().save(preset("helpdesk", SHAPE, "{\"kind\": \"tickets\"}", "2026-01-01T10:00:00Z"));
        }
        try (Workspace workspace = Workspace.open(directory)) {
            assertThat(workspace.presets().preset("helpdesk"))
                    .hasValueSatisfying(p -> assertThat(p.mapping()).isEqualTo("{\"kind\": \"tickets\"}"));
            assertThat(workspace.presets().matching(SHAPE)).isPresent();
            assertThat(workspace.presets().matching(OTHER_SHAPE)).isEmpty();
        }
    }

    @Test
    void savingUnderATakenNameReplacesThePreset() {
        try (Workspace workspace = Workspace.open(directory)) {
            workspace.presets().save(preset("helpdesk", SHAPE, "{}", "2026-01-01T10:00:00Z"));
            workspace
                    .presets()
                    .save(preset("helpdesk", OTHER_SHAPE, "{\"kind\": \"mentions\"}", "2026-01-02T10:00:00Z"));

            assertThat(workspace.presets().presets()).hasSize(1);
            assertThat(workspace.presets().matching(SHAPE)).isEmpty();
            assertThat(workspace.presets().matching(OTHER_SHAPE)).isPresent();
        }
    }

    @Test
    void theNewestOfTwoPresetsForOneShapeIsOffered() {
        try (Workspace workspace = Workspace.open(directory)) {
            workspace.presets().save(preset("older", SHAPE, "{}", "2026-01-01T10:00:00Z"));
            workspace.presets().save(preset("newer", SHAPE, "{}", "2026-02-01T10:00:00Z"));

            assertThat(workspace.presets().matching(SHAPE))
                    .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("newer"));
            assertThat(workspace.presets().presets()).extracting(Preset::name).containsExactly("newer", "older");
            assertThat(workspace.presets().delete("newer")).isTrue();
            assertThat(workspace.presets().delete("newer")).isFalse();
            assertThat(workspace.presets().matching(SHAPE))
                    .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("older"));
        }
    }

    private static Preset preset(String name, String fingerprint, String mapping, String savedAt) {
        return new Preset(name, DatasetKind.TICKETS, fingerprint, mapping, Instant.parse(savedAt));
    }
}
