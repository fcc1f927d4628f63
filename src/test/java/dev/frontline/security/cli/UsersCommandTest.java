package dev.frontline.security.cli;

import static dev.frontline.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import dev.frontline.cli.FrontlineCli;
import dev.frontline.db.enums.AppRole;

/** {@code users create-admin}: the first admin of a centre without SQL, under the same password policy as the pages. */
class UsersCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return FrontlineCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static Record login(String username) {
        try (ConfigurableApplicationContext context = UsersCliContext.start()) {
            return context.getBean(DSLContext.class).selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username))
                    .fetchOne();
        }
    }

    @Test
    void createsAnAdminWithAStrongPasswordAndNoDemoMark() {
        String username = "cli.admin" + System.nanoTime() % 1_000_000;
        assertThat(run("users", "create-admin", "--username", username, "--name", "Operations Admin",
                "--password", "Kestane-Kebap-1907!")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Admin " + username + " created");

        Record row = login(username);
        assertThat(row).isNotNull();
        assertThat(row.get(APP_USER.ROLE)).isEqualTo(AppRole.ADMIN);
        assertThat(row.get(APP_USER.DEMO)).isFalse();
        assertThat(row.get(APP_USER.DISPLAY_NAME)).isEqualTo("Operations Admin");
        assertThat(row.get(APP_USER.PASSWORD_HASH)).startsWith("{bcrypt}").doesNotContain("Kestane");
    }

    @Test
    void aCommonOrShortPasswordIsRefusedNamingTheOptionAndNothingIsWritten() {
        String username = "cli.weak" + System.nanoTime() % 1_000_000;
        assertThat(run("users", "create-admin", "--username", username, "--password", "q1w2e3r4t5")).isEqualTo(2);
        assertThat(err.toString()).contains("--password");
        assertThat(login(username)).isNull();

        assertThat(run("users", "create-admin", "--username", username, "--password", "short")).isEqualTo(2);
        assertThat(login(username)).isNull();
    }
}
