package dev.frontline.staffing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

    @TempDir
    Path dir;

    private static final String HEADER = "interval_start,queue,calls,aht_s,agents\n";

    private static StaffingVectorCsv.Vector parse(String csv) {
        return StaffingVectorCsv.read(new StringReader(csv), 15);
    }

    @Test
    void simulatesAStaffingVectorPerQueueAndInterval() throws IOException {
        Path file = dir.resolve("staffing.csv");
        Files.writeString(file, HEADER
                + "09:00,billing,60,180,14\n09:15,billing,80,180,18\n09:00,sales,30,240,10\n09:15,sales,30,240,10\n");
        StringWriter out = new StringWriter();
        int code = new CommandLine(new SimulateCommand()).setOut(new PrintWriter(out))
                .execute("--staffing", file.toString(), "--replications", "5", "--patience", "90", "--seed", "3");
        assertThat(code).isZero();
        String text = out.toString();
        assertThat(text).contains("Simulated 5 replications (seed 3) of 2 intervals").contains("2 queue(s), 28 agents");
        assertThat(text).containsPattern("billing\\s+09:15\\s+80\\.0\\s+18\\s+\\d+\\.\\d ± \\d+\\.\\d");
        assertThat(text).contains("sales (day): offered");
    }

    @Test
    void readsAVectorWithoutAQueueColumnAndFillsGaps() {
        StaffingVectorCsv.Vector v = parse("interval_start,calls,aht_s,agents\n08:00,10,200,3\n08:30,12,200,4\n");
        assertThat(v.intervals()).isEqualTo(3);
        assertThat(v.calls().get("queue")).containsExactly(10, 0, 12);
        assertThat(v.agents().get("queue")).containsExactly(3, 0, 4);
        assertThat(v.aht().get("queue")).containsExactly(200, 200, 200);
    }

    @Test
    void rejectsMalformedCsvWithLineAndColumn() {
        assertThatThrownBy(() -> parse("interval_start,queue,calls,agents\n08:00,a,1,1\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 1: missing column 'aht_s'");
        assertThatThrownBy(() -> parse(HEADER + "08:00,a,10,200,3\n08:15,a,-3,200,3\n"))
                .hasMessage("line 3, column 'calls': '-3' is negative");
        assertThatThrownBy(() -> parse(HEADER + "08:00,a,ten,200,3\n")).hasMessage("line 2, column 'calls': 'ten' is not a number");
        assertThatThrownBy(() -> parse(HEADER + "08:00,a,10,0,3\n")).hasMessage("line 2, column 'aht_s': '0' must be greater than zero");
        assertThatThrownBy(() -> parse(HEADER + "08:00,a,10,200,2.5\n")).hasMessage("line 2, column 'agents': '2.5' is not a whole number");
        assertThatThrownBy(() -> parse(HEADER + "8 o'clock,a,10,200,2\n"))
                .hasMessage("line 2, column 'interval_start': '8 o'clock' is not a time HH:mm");
        assertThatThrownBy(() -> parse(HEADER + "08:00,a,10,200,2\n08:10,a,10,200,2\n"))
                .hasMessage("line 3, column 'interval_start': '08:10' is not on the 15-minute grid starting 08:00");
        assertThatThrownBy(() -> parse(HEADER + "08:00,a,10,200,2\n08:00,a,10,200,2\n"))
                .hasMessage("line 3: queue 'a' at 08:00 appears twice");
        assertThatThrownBy(() -> parse(HEADER + "08:00,a,10,200\n")).hasMessage("line 2: 4 fields, expected 5 as in the header");
        assertThatThrownBy(() -> parse(HEADER)).hasMessage("staffing CSV: no data rows");
    }

    @Test
    void missingFileIsABadInput() {
        SimulateCommand command = new SimulateCommand();
        new CommandLine(command).parseArgs("--staffing", dir.resolve("absent.csv").toString());
        assertThatThrownBy(command::call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not found");
    }
}
