package dev.frontline.staffing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StaffingBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void smallRunPrintsFiguresAndWritesItsSection() throws IOException {
        Path report = dir.resolve("benchmarks.md");
        String previous = System.getProperty("frontline.benchmarks.file");
        System.setProperty("frontline.benchmarks.file", report.toString());
        try {
            StringWriter out = new StringWriter();
            int code = new CommandLine(new StaffingBenchCommand()).setOut(new PrintWriter(out)).execute("--queues", "2",
                    "--weeks", "1", "--agents", "12", "--sim-queues", "2", "--replications", "2");
            assertThat(code).isZero();
            assertThat(out.toString()).contains("Batch Erlang C: 2 queues × 1 weeks × 96 intervals = 192 requirements")
                    .contains("Simulation: 12 agents, 2 queues");
            assertThat(Files.readString(report)).contains("<!-- bench:staffing -->").contains("## Staffing engine")
                    .contains("| simulation, multi-skill centre | 12 agents, 2 queues");
        } finally {
            if (previous == null) {
                System.clearProperty("frontline.benchmarks.file");
            } else {
                System.setProperty("frontline.benchmarks.file", previous);
            }
        }
    }
}
