package io.verbatim.text.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.domain.port.SettingsRepository;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PiiPolicyTest {

    /** Settings in memory, as the store keeps them. */
    private static final class MemorySettings implements SettingsRepository {
        private final Map<String, String> values = new TreeMap<>();

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public Map<String, String> all() {
            return Map.copyOf(values);
        }

        @Override
        public void set(String key, String value) {
            values.put(key, value);
        }

        @Override
        public boolean reset(String key) {
            return values.remove(key) != null;
        }
    }

    private static final String TEXT = "Звоните Ивану: +7 916 123-45-67, ivan@mail.ru";

    @Test
    void masksEveryKindWhenNothingIsSet() {
        PiiPolicy policy = PiiPolicy.of(new MemorySettings());
        assertThat(policy.enabled()).isTrue();
        assertThat(policy.kinds()).containsExactly(PiiKind.values());
        assertThat(policy.apply(TEXT)).isEqualTo("Звоните [name]: [phone], [email]");
        assertThat(policy.masker()).isPresent();
    }

    @Test
    void switchedOffLeavesTextAloneAndKindsNarrowIt() {
        MemorySettings settings = new MemorySettings();
        settings.set(PiiPolicy.MASK_PII, "off");
        assertThat(PiiPolicy.of(settings).apply(TEXT)).isEqualTo(TEXT);
        assertThat(PiiPolicy.of(settings).masker()).isEmpty();

        settings.set(PiiPolicy.MASK_PII, "on");
        settings.set(PiiPolicy.MASK_KINDS, "phone,email");
        assertThat(PiiPolicy.of(settings).apply(TEXT)).isEqualTo("Звоните Ивану: [phone], [email]");
        assertThat(PiiPolicy.of(settings).apply(null)).isNull();
    }

    @Test
    void normalisesAndRefusesSettingValues() {
        assertThat(PiiPolicy.normalise(PiiPolicy.MASK_PII, " YES ")).isEqualTo("on");
        assertThat(PiiPolicy.normalise(PiiPolicy.MASK_PII, "0")).isEqualTo("off");
        assertThat(PiiPolicy.normalise(PiiPolicy.MASK_KINDS, "name, email")).isEqualTo("email,name");
        assertThat(PiiPolicy.normalise(PiiPolicy.MASK_KINDS, "none")).isEmpty();
        assertThatThrownBy(() -> PiiPolicy.normalise(PiiPolicy.MASK_PII, "maybe"))
                .hasMessage("privacy.mask_pii is on or off, not 'maybe'");
        assertThatThrownBy(() -> PiiPolicy.normalise(PiiPolicy.MASK_KINDS, "email,ssn"))
                .hasMessage("unknown PII kind 'ssn'; use email, phone, card or name");
        assertThatThrownBy(() -> PiiPolicy.normalise("privacy.other", "on")).hasMessageContaining("unknown setting");
    }
}
