package dev.frontline.cli;

import java.util.concurrent.Callable;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code db migrate}: brings the database up to the current schema without starting the web server (the same
 * start-up path as the app: database created when missing, embedded PostgreSQL when none answers locally).
 */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Database tasks (uses SPRING_DATASOURCE_URL, default jdbc:postgresql://localhost:5432/frontline).",
        subcommands = DatabaseCommand.Migrate.class)
final class DatabaseCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Creates the database if missing and applies the schema migrations; prints the schema version.")
    static final class Migrate implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DataLayerOnly.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run()) {
                Flyway flyway = context.getBean(Flyway.class);
                MigrationInfo current = flyway.info().current();
                String url = context.getEnvironment().getProperty("spring.datasource.url");
                spec.commandLine().getOut().println("Database " + url + " is at schema version "
                        + (current == null ? "none" : current.getVersion() + " (" + current.getDescription() + ")"));
            }
            return 0;
        }
    }

    /** Only the data source and Flyway: no web server, no Vaadin, no services. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    static class DataLayerOnly {
    }
}
