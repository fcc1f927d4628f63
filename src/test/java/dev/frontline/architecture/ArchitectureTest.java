package dev.frontline.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the feature packages honest: no cycles between features, views only on top and only over services, table
 * access only in repositories, engines pure, and Timefold's internals only where the roster engine extends them.
 */
@AnalyzeClasses(packages = "dev.frontline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The roster engine's own block move, its move factories, and the solver that reads the move evaluation speed. */
    private static final DescribedPredicate<HasName> ROSTER_MOVES_AND_SOLVER = nameMatching(
            "dev\\.frontline\\.roster\\.engine\\.(BlockMove|BlockMoveFactory|BestWindowMoveFactory|ShiftStartMoveFactory|OfferedShiftFilter|BreakBucketFilter|SessionMove|SessionMoveFactory|TrainingStart|ShortRunRepair|LpStart|RosterSolver)(\\$.*)?")
            .as("the roster engine's move, move filter, training start, short-run repair and solver classes (and their nested classes)");

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
    static final ArchRule viewsCallServicesNotRepositories = noClasses()
            .that().resideInAPackage("dev.frontline..ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.frontline..persistence..");

    /**
     * SQL lives in repositories. The generated enums ({@code dev.frontline.db.enums}) are allowed everywhere: they are
     * the schema's vocabulary (channel, agent status, role...) that records, services and views share.
     */
    @ArchTest
    static final ArchRule onlyPersistenceUsesJooqAndTheGeneratedTables = noClasses()
            .that().resideOutsideOfPackages("dev.frontline..persistence..", "dev.frontline.db..",
                    // runs before any Spring context, on the raw connection that creates the application's database
                    "dev.frontline.shared.database..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "dev.frontline.db",
                    "dev.frontline.db.tables..");

    @ArchTest
    static final ArchRule enginesArePlainJava = noClasses()
            .that().resideInAnyPackage("..engine..", "..simulation..", "..curtois..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..",
                    "com.vaadin..", "dev.frontline.db..", "java.sql..")
            .allowEmptyShould(true);

    /** Timefold's {@code impl} packages change without notice between releases; only the custom move needs them. */
    @ArchTest
    static final ArchRule onlyTheRosterMovesAndSolverUseTimefoldInternals = noClasses()
            .that(are(not(ROSTER_MOVES_AND_SOLVER)))
            .should().dependOnClassesThat().resideInAPackage("ai.timefold.solver.core.impl..");

    /**
     * The import framework is an extension point: features plug their kinds in ({@code ImportHandler}) and depend on
     * it, never the other way round, so a new kind needs no edit of the framework's classes.
     */
    @ArchTest
    static final ArchRule importsKnowsNoFeatureThatPlugsIntoIt = noClasses()
            .that().resideInAPackage("dev.frontline.imports..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.frontline.training..", "dev.frontline.quality..");

    /**
     * Forecasts and requirements are read through their own features (plan against actual uses staffing's
     * {@code RequirementVersionReader}), so their tables have one place that knows their shape.
     */
    @ArchTest
    static final ArchRule qualityReadsNoForecastOrRequirementTable = noClasses()
            .that().resideInAPackage("dev.frontline.quality..")
            .should().dependOnClassesThat(nameMatching("dev\\.frontline\\.db\\.tables\\.(records\\.)?(Forecast|Requirement)\\w*")
                    .as("the forecast and requirement tables"));

    @ArchTest
    static final ArchRule sharedKnowsNoFeature = noClasses()
            .that().resideInAPackage("dev.frontline.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.frontline.workforce..", "dev.frontline.history..",
                    "dev.frontline.security..", "dev.frontline.demo..", "dev.frontline.app..",
                    "dev.frontline.forecast..", "dev.frontline.staffing..", "dev.frontline.roster..");
}
