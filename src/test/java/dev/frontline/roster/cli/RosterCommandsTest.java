package dev.frontline.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.Channel;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.ScenarioReader;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.testing.RequiresSharedData;
import dev.frontline.testing.SharedDataCondition;
import picocli.CommandLine;

class RosterCommandsTest {

    private static final String INSTANCE1_FILE = "rostering_curtois_shift_scheduling_benchmark/instances/Instance1.txt";
    private static final Path INSTANCE1 = SharedDataCondition.path(INSTANCE1_FILE);

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {

        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.get(lines.size() - 1);
        }
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    @RequiresSharedData(INSTANCE1_FILE)
    void curtoisBenchPrintsObjectiveAndWritesTheGrid() {
        Run run = run(new CurtoisBenchCommand(), "--instance", INSTANCE1.toString(), "--seconds", "2", "--out",
                temp.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.lastLine()).matches("objective=\\d+ hard=\\d+");
        assertThat(temp.resolve("Instance1-solution.csv")).exists();
    }

    @Test
    void curtoisBenchSkipsWhenTheDataIsMissing() {
        Run run = run(new CurtoisBenchCommand(), "--all", temp.resolve("absent").toString(), "--seconds", "1");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("not found; skipping");
    }

    @Test
    void rosterBenchPrintsTheSummaryLineLast() {
        Run run = run(new RosterBenchCommand(), "--agents", "12", "--weeks", "1", "--seconds", "2");
        assertThat(run.exit()).isZero();
        assertThat(run.lastLine()).matches("hard=\\d+ undercoverage=\\d+\\.\\d% after_breaks=\\d+\\.\\d% lower_bound=\\d+\\.\\d%");
        assertThat(run.out()).contains("LP lower bound of under-coverage").contains("feasible_after=");
        assertThat(run.out()).contains("move evaluation speed").contains("score breakdown");
    }

    @Test
    void rosterBenchShowsEachBrokenHardRuleWithTheAgentsDays() {
        Queue voice = new Queue("voice", "Voice", Channel.VOICE);
        ShiftType early = new ShiftType("E", 7 * 60, 480);
        Agent ann = new Agent("ann", "Ann", Contract.unrestricted("c").withConsecutive(Contract.UNLIMITED, 0, 2),
                Map.of(voice, 1.0), null, false, List.of(WorkLocation.HOME), List.of(early), Map.of());
        Roster roster = new RosterBuilder("breaches", LocalDate.of(2024, 1, 1), 7).queue(voice).shiftType(early)
                .agent(ann).timeOff("ann", 1, "vacation", true).timeOff("ann", 5, "day off")
                .availability("ann", 6, List.of(), "exam").build();
        for (int day : new int[] {0, 2, 4}) {
            roster.agentDay("ann", day).setShift(early);
        }

        String shown = RosterBenchCommand.hardBreaches(roster, new RosterExplainer().explain(roster));

        // the single day off on Thursday breaks the rule; the one on Tuesday is Ann's own leave
        assertThat(shown.lines()).singleElement().asString().contains("Minimum consecutive days off").contains("ann")
                .endsWith("WLW[.]WTU");
    }

    @Test
    void rosterBenchSkipsTheBankCentreWhenItsDataIsMissing() {
        Run run = run(new RosterBenchCommand(), "--bank-arrivals", temp.resolve("absent").toString(), "--seconds", "1");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("calls_5min.csv not found; skipping");
    }

    @Test
    void rosterBenchReportsWishesAndFairnessAndTakesAPlannersWishWeight() {
        Run run = run(new RosterBenchCommand(), "--agents", "12", "--weeks", "2", "--seconds", "5", "--moves", "200",
                "--wishes", "DEMO", "--no-bound", "--wish-weight", "10");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("wishes honoured \\d+ of \\d+")
                .containsPattern("agents by weekends worked 0: \\d+")
                .containsPattern("Gini of the share of asked-for office days granted \\d\\.\\d{3} over the \\d+ agents");

        Run negative = run(new RosterBenchCommand(), "--agents", "12", "--weeks", "1", "--wish-weight", "-1");
        assertThat(negative.exit()).isNotZero();
        assertThat(negative.err()).contains("--wish-weight -1 must not be negative");
    }

    @Test
    void rosterBenchRostersATwoQueueCentreWithCrossSkilledAgents() {
        Run run = run(new RosterBenchCommand(), "--agents", "12", "--weeks", "1", "--seconds", "2", "--cross-skilled", "0.5");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("centre-12x1w-x50");
        assertThat(run.lastLine()).matches("hard=\\d+ undercoverage=\\d+\\.\\d% after_breaks=\\d+\\.\\d% lower_bound=\\d+\\.\\d%");
    }

    @Test
    void solveReadsAScenarioFolderAndWritesTheRosterWithBreaks() throws IOException {
        writeScenario(temp, "voice,0,09:00,1.0");
        Path roster = temp.resolve("roster.csv");
        Run run = run(new RosterSolveCommand(), "--scenario", temp.toString(), "--seconds", "2", "--out", roster.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("(?m)^hard=\\d+ soft=\\d+$");
        assertThat(run.lastLine()).matches("hard=\\d+ undercoverage=\\d+\\.\\d% after_breaks=\\d+\\.\\d% lower_bound=\\d+\\.\\d%");
        assertThat(Files.readString(roster)).startsWith("agent,day,date,shift,start,end,location,breaks\n")
                .contains(",D,09:00,17:00,");
    }

    @Test
    void badScenarioInputIsRejectedWithFileLineAndColumn() throws IOException {
        writeScenario(temp, "voice,0,09:00,-2");
        Run run = run(new RosterSolveCommand(), "--scenario", temp.toString(), "--seconds", "1");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("requirements.csv line 2: column 'agents': '-2' is not a finite non-negative number");
    }

    @Test
    void scenarioContractsMayCarryNightRules() throws IOException {
        writeScenario(temp, "voice,0,09:00,1.0");
        Files.writeString(temp.resolve("contracts.csv"), "id,min_minutes_per_week,max_minutes_per_week,"
                + "max_consecutive_days,min_consecutive_days,min_days_off,max_weekends,min_rest_minutes,"
                + "time_off_credit_minutes,overtime_after_minutes_per_week,min_office_days_per_week,night_start,night_end,"
                + "max_night_shifts_per_week\nfull,1440,2400,5,0,1,,660,480,,0,22:00,06:00,2\n");
        Contract contract = ScenarioReader.read(temp).getAgents().get(0).contract();
        assertThat(contract.hasNightWindow()).isTrue();
        assertThat(contract.maxNightShiftsPerWeek()).isEqualTo(2);
        assertThat(contract.isNightShift(new ShiftType("N", 21 * 60, 480))).isTrue();
        assertThat(contract.isNightShift(new ShiftType("D", 9 * 60, 480))).isFalse();
    }

    @Test
    void aNightLimitWithoutANightWindowIsRejected() throws IOException {
        writeScenario(temp, "voice,0,09:00,1.0");
        Files.writeString(temp.resolve("contracts.csv"), "id,min_minutes_per_week,max_minutes_per_week,"
                + "max_consecutive_days,min_consecutive_days,min_days_off,max_weekends,min_rest_minutes,"
                + "time_off_credit_minutes,overtime_after_minutes_per_week,min_office_days_per_week,night_start,night_end,"
                + "max_night_shifts_per_week\nfull,1440,2400,5,0,1,,660,480,,0,,,2\n");
        Run run = run(new RosterSolveCommand(), "--scenario", temp.toString(), "--seconds", "1");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("contracts.csv line 2: column 'max_night_shifts_per_week': needs a night window");
    }

    static void writeScenario(Path folder, String requirementRow) throws IOException {
        Files.writeString(folder.resolve("horizon.csv"), "start_date,days\n2024-01-01,7\n");
        Files.writeString(folder.resolve("queues.csv"), "id,name,channel\nvoice,Voice,voice\n");
        Files.writeString(folder.resolve("sites.csv"), "id,name,seats\nhq,Head office,1\n");
        Files.writeString(folder.resolve("shift_types.csv"),
                "id,start,length_minutes,cannot_be_followed_by,breaks,break_minutes,lunch_minutes\nD,09:00,480,,2,15,30\n");
        Files.writeString(folder.resolve("contracts.csv"), "id,min_minutes_per_week,max_minutes_per_week,"
                + "max_consecutive_days,min_consecutive_days,min_days_off,max_weekends,min_rest_minutes,"
                + "time_off_credit_minutes,overtime_after_minutes_per_week,min_office_days_per_week\n"
                + "full,1440,2400,5,0,1,,660,480,,0\n");
        Files.writeString(folder.resolve("agents.csv"), "id,name,contract,team,team_lead,skills,locations,shift_types\n"
                + "ann,Ann,full,t1,true,voice:1.0,HOME|OFFICE@hq,D\nbob,Bob,full,t1,false,voice:0.8,HOME,D\n");
        StringBuilder requirements = new StringBuilder("queue,day,time,agents\n" + requirementRow + "\n");
        for (int day = 1; day < 7; day++) {
            requirements.append("voice,").append(day).append(",09:00,1.0\n");
        }
        Files.writeString(folder.resolve("requirements.csv"), requirements.toString());
        Files.writeString(folder.resolve("time_off.csv"), "agent,day,reason\nbob,3,dentist\n");
        Files.writeString(folder.resolve("requests.csv"), "agent,day,shift_type,wants_to_work,weight\nann,6,,false,100\n");
    }
}
