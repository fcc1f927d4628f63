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
        assertThat(out.toString()).contains("Usage: frontline").contains("version").contains("db").contains("help")
                .contains("forecast").contains("erlang").contains("simulate").contains("solve").contains("bench");
    }

    @Test
    void versionNamesFrontlineAndTimefold() {
        assertThat(run("version")).isZero();
        assertThat(out.toString()).contains("Frontline").contains("Timefold Solver 1.32.0");
    }

    @Test
    void benchListsItsBenchmarks() {
        assertThat(run("bench", "--help")).isZero();
        assertThat(out.toString()).contains("forecast").contains("staffing").contains("roster").contains("curtois");
    }

    @Test
    void theErlangCommandAnswersTheReferenceScenarioWithoutADatabase() {
        assertThat(run("erlang", "--calls", "400", "--period", "30m", "--aht", "257", "--sl", "80/20",
                "--max-occupancy", "85", "--shrinkage", "30")).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines[lines.length - 1]).isEqualTo("agents=68 scheduled=97 sl=95.3% asa=2.6s occupancy=84.0%");
    }

    @Test
    void badInputIsAnErrorLineAndExitCode2() {
        assertThat(run("erlang", "--calls", "400", "--period", "30m", "--aht", "-5", "--sl", "80/20")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: ").contains("AHT").contains("'-5'");
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
