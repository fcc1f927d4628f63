package dev.frontline.roster.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Repository;

import dev.frontline.roster.persistence.RosterScenarioRepository;
import dev.frontline.roster.persistence.TrainingNeedRepository;
import dev.frontline.roster.service.RosterWishSource;
import dev.frontline.roster.service.RosterInputException;
import dev.frontline.roster.service.RosterScenario;
import dev.frontline.training.LearningCurves;
import dev.frontline.training.ProficiencyOnDate;
import dev.frontline.training.persistence.TrainingSupplyRepository;

/**
 * The rostering problem of whole weeks as the Roster screen loads it for a new draft, read from the database named by
 * {@code SPRING_DATASOURCE_URL} with the data layer alone (no web server, no services): for {@code export scenario}
 * and {@code bench roster --database-from}, which reproduce a planner's problem outside the application.
 */
final class DatabaseProblem {

    private DatabaseProblem() {
    }

    /** Loads weeks {@code from} (a Monday) .. {@code from + weeks − 1 days}; bad arguments are refused by name. */
    static RosterScenario load(String name, LocalDate from, int weeks) {
        if (from.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("--from " + from + " is a " + from.getDayOfWeek()
                    + "; a roster covers whole weeks from a Monday");
        }
        if (weeks < 1 || weeks > 8) {
            throw new IllegalArgumentException("--weeks " + weeks + " must be 1 to 8");
        }
        try (ConfigurableApplicationContext context = start()) {
            return context.getBean(RosterScenarioRepository.class).load(name, from, from.plusWeeks(weeks).minusDays(1));
        } catch (RosterInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DataLayer.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "spring.jooq.sql-dialect=POSTGRES",
                        "spring.flyway.locations=classpath:db/migration", "logging.level.root=warn")
                .run();
    }

    /**
     * The data source, Flyway and jOOQ with the repository that loads a rostering problem and the proficiency ramps it
     * reads skills through: no web, no services.
     */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
            JooqAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
    @Import({RosterScenarioRepository.class, TrainingNeedRepository.class, ProficiencyOnDate.class, LearningCurves.class,
            TrainingSupplyRepository.class})
    // the agents' wishes from preference windows, which the Roster screen's loader adds through its wish sources: by
    // package name, so the roster feature does not depend on self-service's classes
    @ComponentScan(basePackages = "dev.frontline.selfservice.preferences", useDefaultFilters = false, includeFilters = {
            @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = RosterWishSource.class),
            @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Repository.class)})
    static class DataLayer {
    }
}
