package dev.frontline.shared.database;

import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import org.jooq.impl.DSL;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;


/**
 * Makes the configured database exist before Spring builds the data source, so a planner never needs psql: the
 * default is {@code jdbc:postgresql://localhost:5432/frontline}; the standard {@code SPRING_DATASOURCE_*} variables
 * override it; if nothing answers on a local address an embedded PostgreSQL is started there; a missing database is
 * created. Every failure becomes one {@link DatabaseStartupException} saying what was tried and how to fix it.
 */
public class DatabaseBootstrap implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    /** Spring Boot passes a deferred log: logging is not configured yet while the environment is prepared. */
    public DatabaseBootstrap(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DatabaseBootstrap.class);
    }

    public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/frontline";
    public static final String DEFAULT_USER = "postgres";
    static final String ENABLED = "frontline.database.bootstrap";
    static final String EMBEDDED = "frontline.database.embedded";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", DEFAULT_URL);
        String user = environment.getProperty("spring.datasource.username", DEFAULT_USER);
        String password = environment.getProperty("spring.datasource.password", "");
        environment.getPropertySources().addLast(new MapPropertySource("frontlineDatabaseDefaults",
                Map.of("spring.datasource.url", DEFAULT_URL, "spring.datasource.username", DEFAULT_USER)));

        PostgresUrl target = PostgresUrl.parse(url);
        if (!answers(target, user, password)) {
            if (!target.isLocal() || !environment.getProperty(EMBEDDED, Boolean.class, true)) {
                throw new DatabaseStartupException(
                        "No PostgreSQL answers on " + target.serverAddress() + " (tried " + target.maintenanceUrl() + ").",
                        "Start PostgreSQL there, or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                                + "SPRING_DATASOURCE_PASSWORD to a running server.",
                        null);
            }
            Path dataDirectory = Path.of(environment.getProperty("frontline.database.embedded-data-directory",
                    System.getProperty("user.home") + "/.frontline/pgdata"));
            EmbeddedPostgresServer.start(target.port(), dataDirectory, log);
        }
        createDatabaseIfMissing(target, user, password);
    }

    private static boolean answers(PostgresUrl target, String user, String password) {
        try (Connection ignored = connect(target.maintenanceUrl(), user, password)) {
            return true;
        } catch (SQLException e) {
            if (isConnectionRefused(e)) {
                return false;
            }
            throw new DatabaseStartupException(
                    "PostgreSQL on " + target.serverAddress() + " refused user '" + user + "': " + e.getMessage(),
                    "Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.", e);
        }
    }

    private void createDatabaseIfMissing(PostgresUrl target, String user, String password) {
        try (Connection connection = connect(target.maintenanceUrl(), user, password)) {
            var ctx = DSL.using(connection);
            boolean exists = ctx.fetchExists(DSL.selectOne()
                    .from(DSL.table(DSL.name("pg_catalog", "pg_database")))
                    .where(DSL.field(DSL.name("datname"), String.class).eq(target.database())));
            if (!exists) {
                ctx.createDatabase(target.database()).execute();
                log.info("Created the database '" + target.database() + "' on " + target.serverAddress());
            }
        } catch (SQLException e) {
            throw new DatabaseStartupException(
                    "Could not create the database '" + target.database() + "' on " + target.serverAddress() + ": "
                            + e.getMessage(),
                    "Create it yourself (createdb " + target.database() + ") or give user '" + user
                            + "' the CREATEDB privilege.", e);
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, properties);
    }

    private static boolean isConnectionRefused(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return "08001".equals(e.getSQLState());
    }

    @Override
    public int getOrder() {
        // after the config-data processor, so application.properties and the environment are visible
        return Ordered.LOWEST_PRECEDENCE;
    }
}
