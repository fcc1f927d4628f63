package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;

/**
 * A single day off left between working days, where the contract wants two together, is mended by the repair that
 * breaks no other rule: the week keeps its hours, and pinned days stay as they are.
 */
class ShortRunRepairTest {

    private static final Queue VOICE = new Queue("voice", "Voice", Channel.VOICE);
    private static final ShiftType EARLY = new ShiftType("EARLY", 7 * 60, 480, Set.of(), null);
    private static final ShiftType LATE = new ShiftType("LATE", 14 * 60, 480, Set.of(), null);
    /** Four or five 8-hour days a week, runs of one to six days, two days off together. */
    private static final Contract FIVE_DAYS = Contract.unrestricted("five").withWeeklyMinutes(4 * 480, 5 * 480)
            .withConsecutive(6, 1, 2);
    private static final List<String> RUN_AND_WEEK_RULES = List.of(RosterConstraints.MIN_CONSECUTIVE_DAYS_OFF,
            RosterConstraints.MIN_CONSECUTIVE_WORKING_DAYS, RosterConstraints.MAX_CONSECUTIVE_WORKING_DAYS,
            RosterConstraints.MIN_MINUTES_PER_WEEK, RosterConstraints.MAX_MINUTES_PER_WEEK);
    /** Week 1 "WWWW.W." (Friday a single day off, five days worked), week 2 ".WWWW..". */
    private static final String DAYS = "WWWW.W..WWWW..";

    @Test
    void aSingleDayOffTakesAWorkingDayOfItsWeekAndTheWeekKeepsItsHours() {
        Roster problem = centre().build();
        work(problem, DAYS);
        assertThat(broken(problem, RosterConstraints.MIN_CONSECUTIVE_DAYS_OFF)).isOne();

        Roster repaired = repairOnly(problem);

        assertThat(new RosterExplainer().explain(repaired).constraints())
                .filteredOn(c -> RUN_AND_WEEK_RULES.contains(c.constraint()))
                .allSatisfy(c -> assertThat(c.matches()).as(c.constraint()).isZero());
        assertThat(workedDays(repaired, 0, 7)).isEqualTo(5);
        assertThat(workedDays(repaired, 7, 14)).isEqualTo(4);
    }

    @Test
    void pinnedDaysAreNeverChangedAndAnotherRepairIsFound() {
        // Saturday (day 5) is pinned: moving it into Friday is not allowed, moving Monday there is
        Roster problem = centre().pinned("a", 5, EARLY.id(), WorkLocation.HOME).build();
        work(problem, DAYS);

        Roster repaired = repairOnly(problem);

        assertThat(repaired.agentDay("a", 5).getShift()).isEqualTo(EARLY);
        assertThat(broken(repaired, RosterConstraints.MIN_CONSECUTIVE_DAYS_OFF)).isZero();
        assertThat(broken(repaired, RosterConstraints.MAX_MINUTES_PER_WEEK)).isZero();
        assertThat(workedDays(repaired, 0, 7)).isEqualTo(5);
    }

    @Test
    void aWorkingDayMovedIntoTheGapTakesAShiftTypeTheGapDayOffers() {
        // five days every week; Monday to Thursday pinned, Saturday LATE, and on Friday only EARLY is available: the
        // Saturday moves to Friday as an EARLY (its own LATE may not go there, a sixth day or a fourth are too many)
        Contract exactlyFive = Contract.unrestricted("exactly-five").withWeeklyMinutes(5 * 480, 5 * 480)
                .withConsecutive(6, 1, 2);
        RosterBuilder builder = new RosterBuilder("repair", LocalDate.of(2024, 1, 1), 14).queue(VOICE).shiftType(EARLY)
                .shiftType(LATE);
        builder.agent(new Agent("a", "a", exactlyFive, Map.of(VOICE, 1.0), null, false, List.of(WorkLocation.HOME),
                List.of(EARLY, LATE), Map.of()));
        for (int day = 0; day < 4; day++) {
            builder.pinned("a", day, EARLY.id(), WorkLocation.HOME);
        }
        builder.availability("a", 4, List.of(EARLY.id()), "school run");
        Roster problem = builder.build();
        work(problem, "WWWW.W..WWWWW.");
        problem.agentDay("a", 5).setShift(LATE);
        assertThat(broken(problem, RosterConstraints.MIN_CONSECUTIVE_DAYS_OFF)).isOne();

        Roster repaired = repairOnly(problem);

        assertThat(repaired.agentDay("a", 4).getShift()).isEqualTo(EARLY);
        assertThat(repaired.agentDay("a", 5).isWorking()).isFalse();
        assertThat(new RosterExplainer().explain(repaired).score().hardScore()).isZero();
    }

    @Test
    void aRosterThatKeepsTheRulesIsLeftAsItIs() {
        Roster problem = centre().build();
        work(problem, "WWWWW..WWWW...");

        Roster repaired = repairOnly(problem);

        for (int day = 0; day < 14; day++) {
            assertThat(repaired.agentDay("a", day).isWorking()).as("day %d", day).isEqualTo("WWWWW..WWWW...".charAt(day) == 'W');
        }
    }

    private static RosterBuilder centre() {
        RosterBuilder builder = new RosterBuilder("repair", LocalDate.of(2024, 1, 1), 14).queue(VOICE).shiftType(EARLY);
        builder.agent(new Agent("a", "a", FIVE_DAYS, Map.of(VOICE, 1.0), null, false, List.of(WorkLocation.HOME),
                List.of(EARLY), Map.of()));
        for (int day = 0; day < 14; day++) {
            for (int minute = 8 * 60; minute < 15 * 60; minute += 15) {
                builder.requirement(VOICE.id(), day, minute, 1);
            }
        }
        return builder;
    }

    private static void work(Roster roster, String days) {
        for (int day = 0; day < days.length(); day++) {
            AgentDay agentDay = roster.agentDay("a", day);
            if (!agentDay.isPinned()) {
                agentDay.setShift(days.charAt(day) == 'W' ? EARLY : null);
            }
        }
    }

    private static long broken(Roster roster, String rule) {
        return new RosterExplainer().explain(roster).constraints().stream().filter(c -> c.constraint().equals(rule))
                .mapToLong(RosterExplanation.ConstraintCost::matches).sum();
    }

    private static long workedDays(Roster roster, int from, int to) {
        return roster.getAgentDays().stream().filter(d -> d.getDay() >= from && d.getDay() < to && d.isWorking()).count();
    }

    private static Roster repairOnly(Roster problem) {
        return new RosterSolver(RosterSolver.config(RosterSolver.QUICK)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(ShortRunRepair.class))))
                .solve(problem, null).roster();
    }
}
