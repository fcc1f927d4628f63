package dev.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

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

    /**
     * Picocli formats every help text with {@code String.format}; a lone "%" (as in "95 % confidence") makes it print a
     * warning above the help and show the text unformatted, so every "%" meant literally is written "%%".
     */
    @Test
    void everyHelpTextRendersWithoutAWarning() {
        List<String> warned = new ArrayList<>();
        PrintStream standardError = System.err;
        try {
            collectWarnings(FrontlineCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)), warned);
        } finally {
            System.setErr(standardError);
        }
        assertThat(warned).isEmpty();
    }

    /** Picocli's warnings go to standard error: each command's help is rendered with it captured. */
    private static void collectWarnings(CommandLine commandLine, List<String> warned) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        commandLine.getUsageMessage();
        String warnings = captured.toString(StandardCharsets.UTF_8);
        if (!warnings.isBlank()) {
            warned.add(commandLine.getCommandSpec().qualifiedName() + ": " + warnings.strip());
        }
        commandLine.getSubcommands().values().forEach(sub -> collectWarnings(sub, warned));
    }
}
