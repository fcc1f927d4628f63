package dev.frontline.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (binaries from Maven Central) started by Frontline itself when none answers locally, with its
 * data under {@code ~/.frontline/pgdata} so a newcomer finds their data again on the next start.
 */
final class EmbeddedPostgresServer {

    private static EmbeddedPostgres running;

    private EmbeddedPostgresServer() {
    }

    static synchronized void start(int port, Path dataDirectory, Log log) {
        if (running != null) {
            return;
        }
        if (isRoot()) {
            throw new DatabaseStartupException(
                    "Nothing answers on localhost:" + port + ", and Frontline cannot start its embedded PostgreSQL "
                            + "because PostgreSQL refuses to run as root.",
                    "Start a local PostgreSQL (Debian: apt-get install postgresql && pg_ctlcluster --skip-systemctl-redirect 15 main start), "
                            + "point SPRING_DATASOURCE_URL at a running one, or run Frontline as an ordinary user.",
                    null);
        }
        try {
            Files.createDirectories(dataDirectory);
            log.info("No PostgreSQL answers on localhost:" + port + "; starting an embedded PostgreSQL with its data in "
                    + dataDirectory);
            running = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .start();
            log.info("Embedded PostgreSQL started on localhost:" + port);
        } catch (IOException | RuntimeException e) {
            throw new DatabaseStartupException(
                    "Nothing answers on localhost:" + port + ", and the embedded PostgreSQL could not be started in "
                            + dataDirectory + ": " + e.getMessage(),
                    "Check that " + dataDirectory + " is writable and not used by another PostgreSQL, "
                            + "or start a local PostgreSQL and point SPRING_DATASOURCE_URL at it.",
                    e);
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
