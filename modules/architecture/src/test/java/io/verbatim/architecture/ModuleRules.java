package io.verbatim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The allowed module dependencies of ARCHITECTURE.md, as ArchUnit rules. Each module lives in {@code io.verbatim.<module>}.
 * Kept apart from the test class so a test can check the rules against a deliberately bad class.
 */
final class ModuleRules {

    static final String DOMAIN = "io.verbatim.domain..";
    static final String ANALYTICS = "io.verbatim.analytics..";
    static final String TEXT = "io.verbatim.text..";
    static final String INGEST = "io.verbatim.ingest..";
    static final String STORE = "io.verbatim.store..";
    static final String CHARTS = "io.verbatim.charts..";
    static final String CLI = "io.verbatim.cli..";
    static final String APP = "io.verbatim.app..";

    private static final String JAVAFX = "javafx..";
    private static final String H2 = "org.h2..";
    private static final String JDBC = "java.sql..";

    private ModuleRules() {}

    /** The domain is plain Java: records, value types and ports. */
    static final ArchRule DOMAIN_IS_JDK_ONLY = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is shared by every module and must stay free of frameworks (ADR 0001)");

    /** Analytics is pure computation: no UI, no database, no JDBC. */
    static final ArchRule ANALYTICS_HAS_NO_UI_OR_STORAGE = noClasses()
            .that()
            .resideInAPackage(ANALYTICS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(JAVAFX, H2, JDBC, "org.flywaydb..", "java.nio.file..")
            .because("every number on screen comes from one tested calculator that does no I/O (ADR 0001)");

    /** Text analytics is computation over text and its shipped models: no UI, no database, no JDBC. */
    static final ArchRule TEXT_HAS_NO_UI_OR_STORAGE = noClasses()
            .that()
            .resideInAPackage(TEXT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(JAVAFX, H2, JDBC, "org.flywaydb..")
            .because("language, sentiment and topics are computed the same for the app, the CLI and tests (ADR 0001)");

    /** Domain and analytics never see JavaFX or H2 (issue 2, acceptance 6). */
    static final ArchRule DOMAIN_AND_ANALYTICS_AVOID_JAVAFX_AND_H2 = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN, ANALYTICS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(JAVAFX, H2)
            .because("domain and analytics are UI- and storage-free (ARCHITECTURE.md)");

    /** Only the desktop client touches JavaFX. */
    static final ArchRule ONLY_APP_USES_JAVAFX = noClasses()
            .that()
            .resideOutsideOfPackage(APP)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(JAVAFX, "org.jfree.chart.fx..", "org.controlsfx..", "atlantafx..")
            .because("only app/ may touch JavaFX (ARCHITECTURE.md)");

    /** Feature modules see the domain, never each other. */
    static ArchRule featureModuleSeesOnlyDomain(String module) {
        return noClasses()
                .that()
                .resideInAPackage(module)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others(module))
                .because("analytics, ingest, store and charts depend only on the domain (ARCHITECTURE.md)");
    }

    /** Nothing depends on the two composition roots. */
    static final ArchRule NOTHING_DEPENDS_ON_APP_OR_CLI = noClasses()
            .that()
            .resideOutsideOfPackages(APP, CLI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(APP, CLI)
            .because("app and cli wire everything; no module depends on them (ARCHITECTURE.md)");

    /** The command line is headless: no JavaFX, and it does not depend on the desktop client. */
    static final ArchRule CLI_IS_HEADLESS = noClasses()
            .that()
            .resideInAPackage(CLI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(APP, JAVAFX)
            .because("verbatim-cli.jar is self-contained without JavaFX (ARCHITECTURE.md)");

    /** View-models hold state and commands, never scene-graph nodes, so they are tested without a stage (STYLE.md 2). */
    static final ArchRule VIEW_MODELS_HOLD_NO_NODES = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..", "org.jfree.chart.fx..")
            .because("view-models are unit-tested without a stage; views bind to them (ADR 0002)");

    /** Modules form no cycles. */
    static final ArchRule NO_MODULE_CYCLES =
            slices().matching("io.verbatim.(*)..").should().beFreeOfCycles();

    private static String[] others(String module) {
        return java.util.stream.Stream.of(ANALYTICS, TEXT, INGEST, STORE, CHARTS)
                .filter(m -> !m.equals(module))
                .toArray(String[]::new);
    }
}
