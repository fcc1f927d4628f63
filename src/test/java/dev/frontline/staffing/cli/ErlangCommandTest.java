package dev.frontline.staffing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErlangCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new ErlangCommand()).setOut(new PrintWriter(out)).execute(args);
        assertThat(code).isZero();
        return out.toString();
    }

    /** Parses and calls directly so that an IllegalArgumentException reaches the test as the top level would see it. */
    private static void call(String... args) {
        ErlangCommand command = new ErlangCommand();
        CommandLine cl = new CommandLine(command).setOut(new PrintWriter(new StringWriter()));
        cl.parseArgs(args);
        command.call();
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1];
    }

    @Test
    void defaultScenarioMatchesTheReferenceCalculator() {
        String output = run("--calls", "400", "--period", "30m", "--aht", "257", "--sl", "80/20", "--max-occupancy", "85",
                "--shrinkage", "30");
        assertThat(lastLine(output)).isEqualTo("agents=68 scheduled=97 sl=95.3% asa=2.6s occupancy=84.0%");
        assertThat(output).contains("     68    95.3       2.6    84.0         88.9         97  <- required");
        assertThat(output).contains("     58    19.3     250.1    98.5         13.5         83");
        assertThat(output).contains("68 is the fewest with SL ≥ 80 % in 20 s and occupancy ≤ 85 %");
    }

    @Test
    void patienceAddsTheErlangAAbandonColumnWithoutChangingTheErlangCAnswer() {
        String output = run("--calls", "400", "--period", "30m", "--aht", "257", "--sl", "80/20", "--max-occupancy", "85",
                "--shrinkage", "30", "--patience", "60", "--asa", "30");
        assertThat(lastLine(output)).isEqualTo("agents=68 scheduled=97 sl=95.3% asa=2.6s occupancy=84.0%");
        assertThat(output).contains("abandon %").contains("6.29").contains("0.97");
    }

    @Test
    void erlangAModelSizesWithAbandonment() {
        String output = run("--calls", "1000", "--period", "1h", "--aht", "180", "--sl", "90/10", "--patience", "120", "--model", "A");
        assertThat(output).startsWith("Erlang A:");
        int agents = Integer.parseInt(lastLine(output).replaceAll("^agents=(\\d+) .*", "$1"));
        assertThat(agents).isLessThan(59);
    }

    @Test
    void zeroCallsNeedNoAgents() {
        assertThat(lastLine(run("--calls", "0", "--aht", "200"))).isEqualTo("agents=0 scheduled=0 sl=100.0% asa=0.0s occupancy=0.0%");
    }

    @Test
    void badInputNamesTheOptionAndTheProblem() {
        assertThatThrownBy(() -> call("--calls", "400", "--aht", "257", "--sl", "120/20"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--sl: 120 % is above 100 %");
        assertThatThrownBy(() -> call("--calls", "400", "--aht", "257", "--sl", "eighty"))
                .hasMessage("--sl: 'eighty' is not X/Y, e.g. 80/20 for 80 % in 20 s");
        assertThatThrownBy(() -> call("--calls", "400", "--aht", "0")).hasMessage("AHT (seconds): '0' must be greater than zero");
        assertThatThrownBy(() -> call("--calls", "400", "--aht", "-5")).hasMessage("AHT (seconds): '-5' must be greater than zero");
        assertThatThrownBy(() -> call("--calls", "400", "--aht", "257", "--max-occupancy", "0"))
                .hasMessage("max occupancy: 0 % must be greater than 0 %");
        assertThatThrownBy(() -> call("--calls", "400", "--aht", "257", "--patience", "-60"))
                .hasMessage("--patience: '-60.0' must be greater than zero seconds");
        assertThatThrownBy(() -> call("--calls", "400", "--aht", "257", "--period", "half an hour"))
                .hasMessage("--period: 'half an hour' is not a duration such as 30m, 1h or 900s");
        assertThatThrownBy(() -> call("--calls", "400", "--aht", "257", "--model", "A"))
                .hasMessage("patience (seconds): required by Erlang A");
    }
}
