package io.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.port.SettingsRepository;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspace settings in a real H2 workspace: set, replaced, listed, reset, kept across opens. */
class WorkspaceSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aSettingIsKeptReplacedAndReset() {
        try (Workspace workspace = Workspace.open(dir)) {
            SettingsRepository settings = workspace.settings();
            assertThat(settings.get("privacy.mask_pii")).isEmpty();
            settings.set("privacy.mask_pii", "on");
            settings.set("privacy.mask_pii", "off");
            settings.set("another.key", "значение");
            assertThat(settings.get("privacy.mask_pii")).contains("off");
        }
        try (Workspace reopened = Workspace.open(dir)) {
            SettingsRepository settings = reopened.settings();
            assertThat(settings.all())
                    .containsExactly(Map.entry("another.key", "значение"), Map.entry("privacy.mask_pii", "off"));
            assertThat(settings.reset("privacy.mask_pii")).isTrue();
            assertThat(settings.reset("privacy.mask_pii")).isFalse();
            assertThat(settings.get("privacy.mask_pii")).isEmpty();
            assertThatThrownBy(() -> settings.set(" ", "on")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
