package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A newcomer without PostgreSQL: the packaged app, run as an ordinary user with nothing listening on its database
 * port, starts an embedded PostgreSQL with its data under ~/.frontline/pgdata, and finds that data again next time.
 * Run as root (as CI is), the test runs the app as the unprivileged user 'nobody', since PostgreSQL refuses root.
 */
class EmbeddedPostgresIT {

    @Test
    void startsAnEmbeddedPostgresWhenNoneAnswersAndKeepsItsData() throws Exception {
        Path home = Files.createTempDirectory("frontline-newcomer");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path jar = home.resolve("frontline.jar");
        Files.copy(PackagedApp.jar(), jar, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        int port = PackagedApp.freePort();

        String latest = "is at schema version " + latestMigration();

        String first = migrate(home, jar, port);
        assertThat(first).contains("starting an embedded PostgreSQL").contains("Migrating schema").contains(latest);
        assertThat(home.resolve(".frontline/pgdata/PG_VERSION")).exists();

        // the second start finds the schema it left behind: nothing to migrate
        String second = migrate(home, jar, port);
        assertThat(second).contains("starting an embedded PostgreSQL").contains(latest).doesNotContain("Migrating schema");
    }

    private static int latestMigration() throws Exception {
        try (var files = Files.list(Path.of("db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
    }

    private static String migrate(Path home, Path jar, int port) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        command.addAll(List.of(PackagedApp.java(), "-Duser.home=" + home, "-Djava.io.tmpdir=" + home, "-jar",
                jar.toString(), "db", "migrate"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(home.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + port + "/frontline");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
