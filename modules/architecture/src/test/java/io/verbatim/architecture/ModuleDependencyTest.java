package io.verbatim.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.verbatim.analytics.fixture.LeakyScorer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every module's production classes obey ARCHITECTURE.md's dependency rules (ADR 0001's confirmation). */
class ModuleDependencyTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.verbatim");
    }

    static Stream<ArchRule> globalRules() {
        return Stream.of(
                ModuleRules.DOMAIN_IS_JDK_ONLY,
                ModuleRules.ANALYTICS_HAS_NO_UI_OR_STORAGE,
                ModuleRules.TEXT_HAS_NO_UI_OR_STORAGE,
                ModuleRules.DOMAIN_AND_ANALYTICS_AVOID_JAVAFX_AND_H2,
                ModuleRules.ONLY_APP_USES_JAVAFX,
                ModuleRules.NOTHING_DEPENDS_ON_APP_OR_CLI,
                ModuleRules.CLI_IS_HEADLESS,
                ModuleRules.VIEW_MODELS_HOLD_NO_NODES,
                ModuleRules.NO_MODULE_CYCLES);
    }

    @Test
    void everyModuleHasProductionClassesToCheck() {
        for (String module : new String[] {"domain", "analytics", "ingest", "store", "cli", "app"}) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith("io.verbatim." + module)))
                    .as("classes of module %s were imported", module)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("globalRules")
    void productionCodeFollowsTheRule(ArchRule rule) {
        rule.check(production);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ModuleRules.ANALYTICS,
                ModuleRules.TEXT,
                ModuleRules.INGEST,
                ModuleRules.STORE,
                ModuleRules.CHARTS
            })
    void featureModulesDependOnlyOnTheDomain(String module) {
        ModuleRules.featureModuleSeesOnlyDomain(module).check(production);
    }

    @Test
    void theRuleCatchesAnalyticsCodeThatImportsJavaFxOrH2() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyScorer.class);
        var result = ModuleRules.DOMAIN_AND_ANALYTICS_AVOID_JAVAFX_AND_H2.evaluate(leaky);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("javafx."))
                .anyMatch(line -> line.contains("org.h2."));
    }
}
