package dev.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** The command line answers without a web server or a database. */
class FrontlineCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return FrontlineCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: frontline").contains("version").contains("db").contains("help");
    }

    @Test
    void versionNamesFrontlineAndTimefold() {
        assertThat(run("version")).isZero();
        assertThat(out.toString()).contains("Frontline").contains("Timefold Solver 1.32.0");
    }

    @Test
    void anUnknownCommandIsRefusedWithUsage() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate");
    }

    @Test
    void springOptionsStartTheWebAppAndEverythingElseIsACommand() {
        assertThat(FrontlineCli.isCommandLine(new String[] {"--server.port=9090"})).isFalse();
        assertThat(FrontlineCli.isCommandLine(new String[] {})).isFalse();
        assertThat(FrontlineCli.isCommandLine(new String[] {"--help"})).isTrue();
        assertThat(FrontlineCli.isCommandLine(new String[] {"version"})).isTrue();
    }
}
