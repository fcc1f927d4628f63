package dev.frontline.forecast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.frontline.forecast.engine.IntervalGrain;
import dev.frontline.forecast.engine.Observation;
import dev.frontline.forecast.engine.SyntheticHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ForecastCommandTest {

    @TempDir
    Path dir;

    private Path history() throws Exception {
        List<String> lines = new ArrayList<>(List.of("date,interval_start,calls,queue,aht"));
        for (String queue : List.of("billing", "sales")) {
            List<Observation> rows = SyntheticHistory.queue(queue.hashCode(), LocalDate.of(2024, 1, 1), 12, IntervalGrain.MINUTES_15, 600, false);
            for (Observation o : rows) {
                lines.add(o.date() + "," + o.start() + "," + (int) o.offered() + "," + queue + "," + (o.ahtSeconds() == null ? "" : o.ahtSeconds()));
            }
        }
        Path file = dir.resolve("history.csv");
        Files.write(file, lines);
        return file;
    }

    private static int run(StringWriter out, String... args) {
        return new CommandLine(new ForecastCommand()).setOut(new PrintWriter(out)).execute(args);
    }

    @Test
    void writesIntervalForecastsWithBoundsAndModelPerQueue() throws Exception {
        Path out = dir.resolve("forecast.csv");
        StringWriter console = new StringWriter();

        int code = run(console, "--history", history().toString(), "--horizon", "2w", "--grain", "30m", "--out", out.toString());

        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("queue,date,interval_start,offered,aht,lower80,upper80,lower95,upper95,model");
        assertThat(lines).anyMatch(l -> l.startsWith("billing,2024-03-25,08:00,")).anyMatch(l -> l.startsWith("sales,2024-04-06,"))
                .noneMatch(l -> l.startsWith("sales,2024-03-31,"));
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split(",")).hasSize(10));
        assertThat(console.toString()).contains("queue billing:").contains("queue sales:").contains("backtest WAPE");
    }

    @Test
    void aLongHorizonIsWrittenPerDay() throws Exception {
        Path out = dir.resolve("capacity.csv");

        int code = run(new StringWriter(), "--history", history().toString(), "--horizon", "52w", "--out", out.toString());

        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("queue,date,status,offered");
        assertThat(lines).hasSize(1 + 2 * 364);
    }

    @Test
    void badInputSurfacesAsAnIllegalArgument() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "date,interval_start,calls\n2024-01-01,09:00,-1\n");
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ForecastCommand()).setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("--history", bad.toString(), "--out", dir.resolve("x.csv").toString());

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("IllegalArgumentException").contains("line 2, column 'calls': '-1' is negative");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ForecastCommand.parseHorizon("six weeks"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--horizon 'six weeks'");
    }
}
