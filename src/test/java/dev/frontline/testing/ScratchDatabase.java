package dev.frontline.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import org.jooq.impl.DSL;

/**
 * A throw-away PostgreSQL database on the local server, so every test run and every code generation starts from an
 * empty schema and never touches the developer's own {@code frontline} database.
 */
public final class ScratchDatabase implements AutoCloseable {

    /** Server to create scratch databases on; {@code FRONTLINE_TEST_DB_SERVER} overrides it. */
    public static final String SERVER_URL = System.getenv().getOrDefault("FRONTLINE_TEST_DB_SERVER",
            "jdbc:postgresql://localhost:5432/");
    public static final String USER = System.getenv().getOrDefault("FRONTLINE_TEST_DB_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("FRONTLINE_TEST_DB_PASSWORD", "");

    private final String name;

    private ScratchDatabase(String name) {
        this.name = name;
    }

    public static ScratchDatabase create(String prefix) {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
        try (Connection connection = maintenanceConnection()) {
            DSL.using(connection).createDatabase(name).execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create scratch database " + name + " on " + SERVER_URL
                    + " (is PostgreSQL running? start it with: pg_ctlcluster --skip-systemctl-redirect 15 main start)", e);
        }
        return new ScratchDatabase(name);
    }

    public String name() {
        return name;
    }

    public String url() {
        return SERVER_URL + name;
    }

    @Override
    public void close() {
        drop(name);
    }

    /** Drops the database even while a connection pool of a finished test still holds connections to it. */
    public static void drop(String name) {
        try (Connection connection = maintenanceConnection()) {
            connection.createStatement().execute("drop database if exists \"" + name.replace("\"", "") + "\" with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop scratch database " + name, e);
        }
    }

    private static Connection maintenanceConnection() throws SQLException {
        return DriverManager.getConnection(SERVER_URL + "postgres", USER, PASSWORD);
    }
}
