package dev.frontline.imports.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

import dev.frontline.security.CurrentUser;
import dev.frontline.shared.audit.AuditTrail;

/**
 * The data layer, the import service with its repositories and the master-data services it saves through — no web
 * server, no Vaadin, no method security: the command line is an operator's tool on the database host (like
 * {@code db migrate}), and its audit events name the actor "system".
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class, JooqAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        ValidationAutoConfiguration.class})
// the import service and its importers live in dev.frontline.imports itself, their SQL in imports.persistence; the
// other sub-packages hold UI, API and CLI, and the commit jobs (ImportJobs, ImportCommitJob) need the web app's job
// scheduler: the command line commits on its own thread through the same service. The importers save master data
// through its services (workforce.masterdata, over the repositories in workforce.persistence), so the command line
// checks the rules the screens check. The kinds other features plug in (ImportHandler) come with their importers and
// repositories, named here as text so no class depends on them: the quality KPIs' (dev.frontline.quality.kpis) without
// their demo seeder, engine or other sub-packages; the training results' (dev.frontline.training.imports) with the
// training service that checks and records them and its repositories, and nothing else of training.
@ComponentScan(basePackages = {"dev.frontline.imports", "dev.frontline.workforce.masterdata",
        "dev.frontline.workforce.persistence", "dev.frontline.training", "dev.frontline.quality.kpis"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = {"dev\\.frontline\\.imports\\.((?!persistence\\.)[a-z]+\\..*|ImportJobs|ImportCommitJob)",
                        "dev\\.frontline\\.training\\.(?!TrainingService$|imports\\.|persistence\\.).*",
                        "dev\\.frontline\\.quality\\.kpis\\.((?!persistence\\.)[a-z]+\\..*|DemoKpiSeeder)"}))
@Import({AuditTrail.class, CurrentUser.class})
public class ImportCliContext {

    public static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ImportCliContext.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "spring.jooq.sql-dialect=POSTGRES",
                        "spring.flyway.locations=classpath:db/migration", "logging.level.root=warn")
                .run();
    }
}
