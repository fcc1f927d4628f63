package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Bounds worked out by hand on rosters small enough to see every roster they allow. */
class RosterLowerBoundTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);
    private static final Queue VOICE = new Queue("voice", "Voice", Channel.VOICE);
    private static final Queue CHAT = new Queue("chat", "Chat", Channel.CHAT);
    /** 09:00–17:00 with one 15-minute break between 10:00 and 16:00. */
    private static final ShiftType DAY = new ShiftType("D", 9 * 60, 8 * 60, Set.of(), new BreakRule(1, 15, 0, 60, 60, 0));

    private static RosterBuilder centre(int days, Contract contract, int agents, Map<Queue, Double> skills) {
        RosterBuilder builder = new RosterBuilder("bound", MONDAY, days).queue(VOICE).queue(CHAT).shiftType(DAY);
        for (int i = 0; i < agents; i++) {
            builder.agent(new Agent("a" + i, "a" + i, contract, skills, null, false, List.of(WorkLocation.HOME),
                    List.of(DAY), Map.of()));
        }
        return builder;
    }

    private static void require(RosterBuilder builder, Queue queue, int day, double agents) {
        for (int minute = 9 * 60; minute < 17 * 60; minute += 15) {
            builder.requirement(queue.id(), day, minute, agents);
        }
    }

    /** The simplex solver's exact optimum, for bounds checked against values worked out by hand. */
    private static RosterLowerBound.Bound before(Roster roster) {
        return RosterLowerBound.solve(roster, false, "GLOP", 60).bound();
    }

    private static RosterLowerBound.Bound after(Roster roster) {
        return RosterLowerBound.solve(roster, true, "GLOP", 60).bound();
    }

    @Test
    void coverableDemandHasBoundZeroBeforeBreaksAndOneBreakAfter() {
        RosterBuilder builder = centre(1, Contract.unrestricted("c"), 1, Map.of(VOICE, 1.0));
        require(builder, VOICE, 0, 1);
        Roster roster = builder.build();

        assertThat(before(roster).undercoveragePercent()).isCloseTo(0, within(1e-6));
        // the one agent must take one of the 32 required intervals off for the break
        RosterLowerBound.Bound after = after(roster);
        assertThat(after.optimal()).isTrue();
        assertThat(after.unmetAgentHours()).isCloseTo(0.25, within(1e-6));
        assertThat(after.undercoveragePercent()).isCloseTo(100.0 / 32, within(1e-6));
    }

    @Test
    void twoRequiredWithOneAgentLeavesHalfUnmet() {
        RosterBuilder builder = centre(1, Contract.unrestricted("c"), 1, Map.of(VOICE, 1.0));
        require(builder, VOICE, 0, 2);

        assertThat(before(builder.build()).undercoveragePercent()).isCloseTo(50, within(1e-6));
    }

    @Test
    void weeklyMaximumLimitsTheDaysWorked() {
        // one agent may work 5 of the 7 days that each need one agent all day
        RosterBuilder builder = centre(7, Contract.unrestricted("c").withWeeklyMinutes(0, 5 * 480), 1, Map.of(VOICE, 1.0));
        for (int day = 0; day < 7; day++) {
            require(builder, VOICE, day, 1);
        }

        assertThat(before(builder.build()).undercoveragePercent()).isCloseTo(200.0 / 7, within(1e-6));
    }

    @Test
    void timeOffAndMaxConsecutiveDaysAreRespected() {
        // two agents, 3 days, each may work at most 2 days in a row; agent a1 is on leave on day 1
        RosterBuilder builder = centre(3, Contract.unrestricted("c").withConsecutive(2, 0, 0), 2, Map.of(VOICE, 1.0));
        builder.timeOff("a1", 1, "leave");
        for (int day = 0; day < 3; day++) {
            require(builder, VOICE, day, 2);
        }
        // a0 works 2 of 3 days, a1 days 0 and 2: 4 of the 6 agent-days needed
        assertThat(before(builder.build()).undercoveragePercent()).isCloseTo(100.0 / 3, within(1e-6));
    }

    @Test
    void aCrossSkilledAgentServesOneQueueAtATime() {
        // voice and chat each need one agent all day; the one agent skilled for both can fill only one of them
        RosterBuilder builder = centre(1, Contract.unrestricted("c"), 1, Map.of(VOICE, 1.0, CHAT, 1.0));
        require(builder, VOICE, 0, 1);
        require(builder, CHAT, 0, 1);

        assertThat(before(builder.build()).undercoveragePercent()).isCloseTo(50, within(1e-6));
    }

    @Test
    void everyRealRosterIsAtLeastTheBound() {
        Roster problem = CentreGenerator.generate(24, 1, 1.3, 5);
        RosterSolver.Outcome outcome = new RosterSolver(RosterSolver.config(RosterSolver.QUICK)
                .withTerminationConfig(new ai.timefold.solver.core.config.solver.termination.TerminationConfig()
                        .withStepCountLimit(300))).solve(problem, null);
        assertThat(outcome.score().hardScore()).isZero();

        RosterLowerBound.Bound before = RosterLowerBound.beforeBreaks(problem);
        RosterLowerBound.Bound after = RosterLowerBound.afterBreaks(problem);
        assertThat(CoverageReport.of(outcome.roster()).unmetAgentHours()).isGreaterThanOrEqualTo(before.unmetAgentHours());
        assertThat(CoverageReport.of(outcome.roster()).unmetAgentHoursAfterBreaks())
                .isGreaterThanOrEqualTo(after.unmetAgentHours());
    }

    @Test
    void theFirstOrderSolversBoundIsProvenAndCloseToTheExactOne() {
        Roster problem = CentreGenerator.generate(24, 1, 1.0, 5);
        RosterLowerBound.Bound exact = before(problem);
        RosterLowerBound.Bound fast = RosterLowerBound.beforeBreaks(problem);

        assertThat(exact.unmetAgentHours()).isPositive();
        // the Lagrangian bound of PDLP's approximate duals never exceeds the optimum and stays within 0.1 % of demand
        assertThat(fast.unmetAgentHours()).isLessThanOrEqualTo(exact.unmetAgentHours() + 1e-9)
                .isGreaterThan(exact.unmetAgentHours() - 1e-3 * exact.requiredAgentHours());
    }
}
