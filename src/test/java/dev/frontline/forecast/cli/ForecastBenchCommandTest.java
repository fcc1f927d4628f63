package dev.frontline.forecast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.frontline.cli.DemoForecastBenchCommand;
import dev.frontline.forecast.engine.IntervalGrain;
import dev.frontline.forecast.engine.Observation;
import dev.frontline.forecast.engine.SyntheticHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ForecastBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsBaselinesTheChosenMethodAndWape30AsTheLastLine() throws Exception {
        List<String> lines = new ArrayList<>(List.of("date,weekday,interval,interval_start,calls"));
        for (Observation o : SyntheticHistory.queue(7, LocalDate.of(2024, 1, 1), 16, IntervalGrain.MINUTES_15, 3000, false)) {
            lines.add(o.date() + "," + o.date().getDayOfWeek() + ",0," + o.start() + "," + (int) o.offered());
        }
        Path data = dir.resolve("calls.csv");
        Files.write(data, lines);
        Path report = dir.resolve("benchmarks.md");
        StringWriter out = new StringWriter();
        String previous = System.getProperty("frontline.benchmarks.file");
        System.setProperty("frontline.benchmarks.file", report.toString());
        try {
            int code = new CommandLine(new ForecastBenchCommand()).setOut(new PrintWriter(out))
                    .execute("--data", data.toString(), "--weeks", "2", "--speed-queues", "1");
            assertThat(code).isZero();
        } finally {
            if (previous == null) {
                System.clearProperty("frontline.benchmarks.file");
            } else {
                System.setProperty("frontline.benchmarks.file", previous);
            }
        }

        String[] printed = out.toString().strip().split("\\R");
        assertThat(out.toString()).contains("seasonal-naive").contains("weekday-mean-4").contains("weekday-mean-8")
                .contains("automatic selection").contains("speed: 1 synthetic queues");
        assertThat(printed[printed.length - 1]).matches("WAPE30=\\d+\\.\\d\\d%");
        assertThat(Files.readString(report)).contains("<!-- bench:forecast -->").contains("| automatic selection |");
    }

    @Test
    void missingDataSkipsTheAccuracyPartCleanly() {
        StringWriter out = new StringWriter();

        int code = new CommandLine(new ForecastBenchCommand()).setOut(new PrintWriter(out))
                .execute("--data", dir.resolve("absent.csv").toString(), "--speed-queues", "0", "--no-report");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("accuracy benchmark skipped").doesNotContain("WAPE30=");
    }

    @Test
    void longRangeBacktestEndsWithMonthlyWapeAndCoverage() {
        StringWriter out = new StringWriter();

        int code = new CommandLine(new DemoForecastBenchCommand()).setOut(new PrintWriter(out)).execute("--long-range", "--no-report");

        assertThat(code).isZero();
        System.out.println(out);
        String[] printed = out.toString().strip().split("\\R");
        assertThat(out.toString()).contains("fit 1 year, score the next").contains("fit 2 years, score the next")
                .contains("engine, damped").contains("same weeks last year");
        assertThat(printed[printed.length - 1]).matches("WAPE_MONTH=\\d+\\.\\d% COVER80=\\d+\\.\\d%");
    }
}
