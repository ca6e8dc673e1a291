package io.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.store.Workspace;
import io.verbatim.text.privacy.PiiPolicy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim settings}: the PII switch defaults on, is set, read back by PiiPolicy, reset; bad input refused. */
class SettingsCommandTest {

    @TempDir
    Path dir;

    @Test
    void thePiiSwitchDefaultsOnAndIsSetAndReset() {
        CliRun cli = new CliRun(dir);
        JsonNode fresh = cli.json("settings");
        assertThat(fresh.get("settings").get("privacy.mask_pii").get("value").asText())
                .isEqualTo("on");
        assertThat(fresh.get("settings").get("privacy.mask_pii").get("default").asBoolean())
                .isTrue();

        JsonNode off = cli.json("settings", "--set", "privacy.mask_pii=off", "--set", "privacy.mask_kinds=name,email");
        assertThat(off.get("settings").get("privacy.mask_pii").get("value").asText())
                .isEqualTo("off");
        assertThat(off.get("settings").get("privacy.mask_kinds").get("value").asText())
                .isEqualTo("email,name");
        try (Workspace workspace = Workspace.open(dir)) {
            PiiPolicy policy = PiiPolicy.of(workspace.settings());
            assertThat(policy.enabled()).isFalse();
            assertThat(policy.apply("Ивану Петрову")).isEqualTo("Ивану Петрову");
        }

        CliRun.Result text = cli.run("settings", "--reset", "privacy.mask_pii");
        assertThat(text.code()).isZero();
        assertThat(text.out()).containsPattern("privacy\\.mask_pii\\s+on\\s+\\(default\\)");
        assertThat(text.out()).containsPattern("privacy\\.mask_kinds\\s+email,name\\s*\\n");
    }

    @Test
    void unknownKeysAndBadValuesAreOneLine() {
        CliRun cli = new CliRun(dir);
        CliRun.Result unknown = cli.run("settings", "--set", "privacy.other=on");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().strip())
                .isEqualTo("unknown setting 'privacy.other'; the settings are privacy.mask_kinds, privacy.mask_pii");
        CliRun.Result bad = cli.run("settings", "--set", "privacy.mask_pii=maybe");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().strip())
                .isEqualTo("--set privacy.mask_pii=maybe: privacy.mask_pii is on or off, not 'maybe'");
        CliRun.Result shape = cli.run("settings", "--set", "privacy.mask_pii");
        assertThat(shape.code()).isEqualTo(1);
        assertThat(shape.err()).contains("write KEY=VALUE");
    }
}
