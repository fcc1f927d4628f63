package dev.frontline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the feature packages honest: no cycles between features, views only on top, engines pure. */
@AnalyzeClasses(packages = "dev.frontline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("dev.frontline.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule servicesRepositoriesAndEnginesDoNotUseViews = noClasses()
            .that().resideOutsideOfPackage("dev.frontline..ui..")
            .and().areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
            .should().dependOnClassesThat().resideInAPackage("dev.frontline..ui..");

    @ArchTest
    static final ArchRule enginesArePlainJava = noClasses()
            .that().resideInAnyPackage("..engine..", "..simulation..", "..curtois..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..",
                    "com.vaadin..", "dev.frontline.db..", "java.sql..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sharedKnowsNoFeature = noClasses()
            .that().resideInAPackage("dev.frontline.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.frontline.workforce..", "dev.frontline.history..",
                    "dev.frontline.security..", "dev.frontline.demo..", "dev.frontline.app..",
                    "dev.frontline.forecast..", "dev.frontline.staffing..", "dev.frontline.roster..");
}
