package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;

/**
 * The first roster keeps the rules one day decides (availability, time off, rest after yesterday, the week's nights),
 * tops weeks up to the contract's minimum where days could not be filled, and sends agents in on the days with demand.
 */
class PatternStartTest {

    private static final Queue VOICE = new Queue("voice", "Voice", Channel.VOICE);
    private static final ShiftType EARLY = new ShiftType("EARLY", 7 * 60, 480, Set.of(), null);
    /** 15:00–23:00: a night shift under a 22:00–06:00 window, and 8 h before the next day's 07:00 start. */
    private static final ShiftType LATE = new ShiftType("LATE", 15 * 60, 480, Set.of(), null);
    private static final Contract FULL_TIME = Contract.unrestricted("full").withWeeklyMinutes(4 * 480, 5 * 480)
            .withConsecutive(5, 1, 2).withMinRestMinutes(11 * 60).withNightRules(22 * 60, 6 * 60, 1);
    private static final List<String> DAY_RULES = List.of(RosterConstraints.AVAILABILITY, RosterConstraints.TIME_OFF,
            RosterConstraints.MIN_REST, RosterConstraints.MAX_NIGHT_SHIFTS_PER_WEEK, RosterConstraints.MIN_MINUTES_PER_WEEK,
            RosterConstraints.MAX_MINUTES_PER_WEEK);

    @Test
    void theFirstRosterKeepsAvailabilityTimeOffRestNightsAndWeeklyMinutes() {
        RosterBuilder builder = centre(true);
        // a0 may only work early shifts on Monday to Wednesday of the first week and not at all on Thursday
        for (int day = 0; day < 3; day++) {
            builder.availability("a0", day, List.of(EARLY.id()), "mornings only");
        }
        builder.availability("a0", 3, List.of(), "not available");
        builder.timeOff("a1", 8, "leave");

        Roster start = startOnly(builder.build());

        RosterExplanation explanation = new RosterExplainer().explain(start);
        assertThat(explanation.constraints()).filteredOn(c -> DAY_RULES.contains(c.constraint()))
                .allSatisfy(c -> assertThat(c.matches()).as(c.constraint()).isZero());
        // the evening demand wants LATE shifts, but each agent gets at most one a week and no EARLY may follow one (8 h
        // of rest): a run of LATE would keep one and leave the other days empty, so runs keep whole without single days
        // off between them
        assertThat(explanation.constraints()).filteredOn(c -> c.constraint().equals(RosterConstraints.MIN_CONSECUTIVE_DAYS_OFF))
                .allSatisfy(c -> assertThat(c.matches()).isZero());
    }

    @Test
    void agentsAreSentInOnTheDaysWithDemand() {
        // demand on weekdays only: the contract's four or five days fit there, and nobody is needed at weekends
        Roster start = startOnly(centre(false).build());

        assertThat(start.getAgentDays()).filteredOn(AgentDay::isWeekend).noneMatch(AgentDay::isWorking);
        assertThat(start.getAgentDays()).filteredOn(AgentDay::isWorking).hasSizeGreaterThanOrEqualTo(3 * 2 * 4);
    }

    @Test
    void fullWeeksWithAWeekendLimitStillStaffTheWeekends() {
        // five 8-hour days every week, runs of 2-6 days, two days off together, two weekends in four: the cyclic and
        // weekly-block patterns that keep this all have every weekend off; the first roster must still staff them
        Contract fullWeeks = Contract.unrestricted("full-weeks").withWeeklyMinutes(9 * 480 / 2, 5 * 480)
                .withConsecutive(6, 2, 2).withMaxWeekends(2);
        RosterBuilder builder = new RosterBuilder("weekends", LocalDate.of(2024, 1, 1), 28).queue(VOICE).shiftType(EARLY);
        for (int i = 0; i < 8; i++) {
            builder.agent(new Agent("a" + i, "a" + i, fullWeeks, Map.of(VOICE, 1.0), null, false,
                    List.of(WorkLocation.HOME), List.of(EARLY), Map.of()));
        }
        for (int day = 0; day < 28; day++) {
            for (int minute = 8 * 60; minute < 15 * 60; minute += 15) {
                builder.requirement(VOICE.id(), day, minute, day % 7 >= 5 ? 3 : 6);
            }
        }

        Roster start = startOnly(builder.build());

        RosterExplanation explanation = new RosterExplainer().explain(start);
        assertThat(explanation.constraints()).filteredOn(c -> List.of(RosterConstraints.MAX_WEEKENDS,
                RosterConstraints.MAX_CONSECUTIVE_WORKING_DAYS, RosterConstraints.MIN_CONSECUTIVE_WORKING_DAYS,
                RosterConstraints.MIN_CONSECUTIVE_DAYS_OFF, RosterConstraints.MIN_MINUTES_PER_WEEK,
                RosterConstraints.MAX_MINUTES_PER_WEEK).contains(c.constraint()))
                .allSatisfy(c -> assertThat(c.matches()).as(c.constraint()).isZero());
        for (int week = 0; week < 4; week++) {
            int saturday = 7 * week + 5;
            assertThat(start.getAgentDays()).as("week %d", week + 1)
                    .filteredOn(d -> d.isWorking() && (d.getDay() == saturday || d.getDay() == saturday + 1))
                    .isNotEmpty();
        }
    }

    @Test
    void wishedDaysOffAndOnAreKeptWhereAPatternKeepingTheContractAllowsThem() {
        // every day needs all three agents in the evening: the demand alone would send each of them in on most days
        RosterBuilder builder = centre(true);
        builder.shiftRequest("a0", 2, null, false, 30);   // Wednesday of week 1 off
        builder.shiftRequest("a2", 8, null, false, 10);   // Tuesday of week 2 off
        builder.shiftRequest("a1", 12, null, false, 40);  // Saturday of week 2 off
        builder.shiftRequest("a2", 6, null, true, 15);    // Sunday of week 1 at work

        Roster start = startOnly(builder.build());

        assertThat(start.agentDay("a0", 2).isWorking()).isFalse();
        assertThat(start.agentDay("a2", 8).isWorking()).isFalse();
        assertThat(start.agentDay("a1", 12).isWorking()).isFalse();
        assertThat(start.agentDay("a2", 6).isWorking()).isTrue();
        // granted within the contract: wishes only choose among the patterns that keep it
        RosterExplanation explanation = new RosterExplainer().explain(start);
        assertThat(explanation.constraints()).filteredOn(c -> List.of(RosterConstraints.MAX_CONSECUTIVE_WORKING_DAYS,
                RosterConstraints.MIN_CONSECUTIVE_DAYS_OFF, RosterConstraints.MIN_MINUTES_PER_WEEK,
                RosterConstraints.MAX_MINUTES_PER_WEEK).contains(c.constraint()))
                .allSatisfy(c -> assertThat(c.matches()).as(c.constraint()).isZero());
    }

    @Test
    void aWorkingRunMayEndOrStartNextToADayOfTheAgentsOwnLeave() {
        Agent agent = new Agent("a", "a", Contract.unrestricted("c").withConsecutive(5, 3, 2), Map.of(VOICE, 1.0), null,
                false, List.of(WorkLocation.HOME), List.of(EARLY), Map.of());
        List<AgentDay> days = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            AgentDay day = new AgentDay(agent, d, 14, LocalDate.of(2024, 1, 1).plusDays(d), 0, null);
            // Monday to Wednesday worked, Thursday (day 3) away
            day.setShift(d < 3 ? EARLY : null);
            days.add(day);
        }
        boolean[] thursday = new boolean[14];
        thursday[3] = true;
        // working Friday as well: a run of one day after a single day off
        assertThat(PatternStart.keepsRuns(agent, days, 4, new PatternStart.DayLimits(null, thursday, null, thursday)))
                .as("Thursday is leave").isTrue();
        assertThat(PatternStart.keepsRuns(agent, days, 4, new PatternStart.DayLimits(null, thursday, null, null)))
                .as("Thursday is a blocked day, not leave").isFalse();
        assertThat(PatternStart.keepsRuns(agent, days, 4, PatternStart.DayLimits.NONE)).as("Thursday is free").isFalse();
    }

    @Test
    void theFirstRosterWorksUpToSingleDaysOfLeaveWithoutBreakingTheConsecutiveDayRules() {
        List<String> runRules = List.of(RosterConstraints.MIN_CONSECUTIVE_WORKING_DAYS,
                RosterConstraints.MIN_CONSECUTIVE_DAYS_OFF, RosterConstraints.MAX_CONSECUTIVE_WORKING_DAYS,
                RosterConstraints.MIN_MINUTES_PER_WEEK, RosterConstraints.MAX_MINUTES_PER_WEEK, RosterConstraints.TIME_OFF);
        Roster withLeave = startOnly(singleDaysAway(true).build());
        Roster withDaysOff = startOnly(singleDaysAway(false).build());

        assertThat(new RosterExplainer().explain(withLeave).constraints()).filteredOn(c -> runRules.contains(c.constraint()))
                .allSatisfy(c -> assertThat(c.matches()).as(c.constraint()).isZero());
        // the same days as fixed days off keep the rules, which these weeks cannot all keep
        assertThat(new RosterExplainer().explain(withDaysOff).constraints())
                .filteredOn(c -> runRules.contains(c.constraint())).extracting(RosterExplanation.ConstraintCost::matches)
                .isNotEmpty().anyMatch(matches -> matches > 0);
    }

    /**
     * Two weeks of six 8-hour days in runs of three to six days with two days off together, and every agent away on a
     * single weekday of each week (unpaid: every other day of such a week must be worked).
     */
    private static RosterBuilder singleDaysAway(boolean leave) {
        Contract sixDays = Contract.unrestricted("six").withWeeklyMinutes(6 * 480, 6 * 480).withConsecutive(6, 3, 2);
        RosterBuilder builder = new RosterBuilder("away", LocalDate.of(2024, 1, 1), 14).queue(VOICE).shiftType(EARLY);
        for (int i = 0; i < 3; i++) {
            builder.agent(new Agent("a" + i, "a" + i, sixDays, Map.of(VOICE, 1.0), null, false,
                    List.of(WorkLocation.HOME), List.of(EARLY), Map.of()));
            builder.timeOff("a" + i, 2 + i, "vacation", leave);
            builder.timeOff("a" + i, 9 + i, "vacation", leave);
        }
        for (int day = 0; day < 14; day++) {
            for (int minute = 8 * 60; minute < 15 * 60; minute += 15) {
                builder.requirement(VOICE.id(), day, minute, 3);
            }
        }
        return builder;
    }

    /** Two weeks, three full-timers, 08:00–23:00 with two agents in the evening; weekends too when asked. */
    private static RosterBuilder centre(boolean weekends) {
        RosterBuilder builder = new RosterBuilder("pattern", LocalDate.of(2024, 1, 1), 14).queue(VOICE)
                .shiftType(EARLY).shiftType(LATE);
        for (int i = 0; i < 3; i++) {
            builder.agent(new Agent("a" + i, "a" + i, FULL_TIME, Map.of(VOICE, 1.0), null, false,
                    List.of(WorkLocation.HOME), List.of(EARLY, LATE), Map.of()));
        }
        for (int day = 0; day < 14; day++) {
            if (!weekends && day % 7 >= 5) {
                continue;
            }
            for (int minute = 8 * 60; minute < 23 * 60; minute += 15) {
                builder.requirement(VOICE.id(), day, minute, minute >= 15 * 60 ? 2 : 1);
            }
        }
        return builder;
    }

    private static Roster startOnly(Roster problem) {
        return new RosterSolver(RosterSolver.config(RosterSolver.QUICK)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(PatternStart.class))))
                .solve(problem, null).roster();
    }
}
