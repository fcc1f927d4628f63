package dev.frontline.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.frontline.cli.FrontlineCli;
import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.ScenarioReader;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.TimeOff;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.persistence.RosterScenarioRepository;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * {@code export scenario} on the demo centre: the folder it writes is read back by the scenario reader behind
 * {@code solve --scenario} into the same agents, shift types, requirements and wishes the database gives.
 */
@FrontlineIntegrationTest
class ExportScenarioTest {

    static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Autowired
    RosterScenarioRepository scenarios;

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = FrontlineCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void anExportedScenarioReadsBackAsTheSameProblem() {
        Path folder = temp.resolve("demo");
        Run run = cli("export", "scenario", "--from", MONDAY.toString(), "--weeks", "2", "--out", folder.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("written to " + folder);

        Roster database = scenarios.load("db", MONDAY, MONDAY.plusWeeks(2).minusDays(1)).build();
        Roster read = ScenarioReader.read(folder);

        assertThat(read.getStartDate()).isEqualTo(database.getStartDate());
        assertThat(read.getHorizonDays()).isEqualTo(14);
        assertThat(read.getQueues()).containsExactlyElementsOf(database.getQueues());
        assertThat(read.getSites()).containsExactlyInAnyOrderElementsOf(database.getSites());
        assertThat(read.getAgents()).hasSizeGreaterThan(100);
        assertThat(describe(read.getAgents(), ExportScenarioTest::agent))
                .containsExactlyElementsOf(describe(database.getAgents(), ExportScenarioTest::agent));
        assertThat(describe(read.getShiftTypes(), ExportScenarioTest::shiftType))
                .containsExactlyElementsOf(describe(database.getShiftTypes(), ExportScenarioTest::shiftType));
        assertThat(describe(read.getIntervalDemands(), d -> d.queue().id() + "@" + d.interval() + "=" + d.requiredMilli()))
                .containsExactlyInAnyOrderElementsOf(describe(database.getIntervalDemands(),
                        d -> d.queue().id() + "@" + d.interval() + "=" + d.requiredMilli()));
        // approved time off from the database is the agents' own leave, and stays leave once read back
        assertThat(database.getTimeOffs()).isNotEmpty().allMatch(TimeOff::leave);
        assertThat(describe(read.getTimeOffs(), ExportScenarioTest::timeOff))
                .containsExactlyInAnyOrderElementsOf(describe(database.getTimeOffs(), ExportScenarioTest::timeOff));
        assertThat(describe(read.getShiftRequests(), Object::toString))
                .containsExactlyInAnyOrderElementsOf(describe(database.getShiftRequests(), Object::toString));
        assertThat(describe(read.getLocationPreferences(), Object::toString))
                .containsExactlyInAnyOrderElementsOf(describe(database.getLocationPreferences(), Object::toString));
    }

    @Test
    void badArgumentsAndMissingRequirementsAreRefusedSayingWhy() {
        Run tuesday = cli("export", "scenario", "--from", MONDAY.plusDays(1).toString(), "--weeks", "1", "--out",
                temp.toString());
        assertThat(tuesday.exit()).isEqualTo(2);
        assertThat(tuesday.err()).contains("--from").contains("TUESDAY");

        LocalDate farAway = MONDAY.plusYears(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Run noRequirements = cli("export", "scenario", "--from", farAway.toString(), "--weeks", "1", "--out",
                temp.toString());
        assertThat(noRequirements.exit()).isEqualTo(2);
        assertThat(noRequirements.err()).contains("No requirements for ").contains(farAway.format(
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(java.util.Locale.ENGLISH)));
    }

    private static <T> List<String> describe(List<T> items, Function<T, String> describe) {
        return items.stream().map(describe).toList();
    }

    private static String agent(Agent a) {
        return a.id() + "|" + a.name() + "|" + a.contract() + "|" + a.team() + "|" + a.isTeamLead() + "|"
                + a.skills().entrySet().stream().map(e -> e.getKey().id() + ":" + e.getValue()).toList() + "|"
                + a.locations().stream().map(WorkLocation::label).toList() + "|"
                + a.shiftTypes().stream().map(ShiftType::id).toList();
    }

    private static String timeOff(TimeOff t) {
        return t.agent().id() + "#" + t.day() + " " + t.reason() + (t.leave() ? " (leave)" : "");
    }

    private static String shiftType(ShiftType s) {
        return s.id() + "|" + s.startMinute() + "|" + s.lengthMinutes() + "|" + s.cannotBeFollowedBy().stream().sorted().toList()
                + "|" + s.breakRule().breakCount() + "|" + s.breakRule().breakMinutes() + "|" + s.breakRule().lunchMinutes();
    }
}
