package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

class BlockMoveFactoryTest {

    private static final ShiftType EARLY = new ShiftType("E", 6 * 60, 480, Set.of(), BreakRule.none());
    private static final ShiftType LATE = new ShiftType("L", 14 * 60, 480, Set.of(), BreakRule.none());

    /**
     * No block move and no single-day change gives a day a shift it does not offer: a on leave on day 1 and allowed
     * only lates on day 2, b free; moves that take a day off or a shift the day offers stay doable.
     */
    @Test
    void noMoveGivesADayAShiftItDoesNotOffer() {
        Roster roster = new RosterBuilder("offered", CentreGenerator.START, 7).shiftType(EARLY).shiftType(LATE)
                .agent(new Agent("a", "A", Contract.unrestricted("c"), Map.of(), null, false,
                        List.of(WorkLocation.HOME), List.of(EARLY, LATE), Map.of()))
                .agent(new Agent("b", "B", Contract.unrestricted("c"), Map.of(), null, false,
                        List.of(WorkLocation.HOME), List.of(EARLY, LATE), Map.of()))
                .timeOff("a", 1, "leave").availability("a", 2, List.of("L"), "school run")
                .build();
        AgentDay a1 = roster.agentDay("a", 1);
        AgentDay a2 = roster.agentDay("a", 2);
        AgentDay b1 = roster.agentDay("b", 1);
        AgentDay b2 = roster.agentDay("b", 2);
        b1.setShift(EARLY);
        b2.setShift(EARLY);

        assertThat(BlockMove.assign(List.of(a1), LATE).isMoveDoable(null)).as("a shift on leave").isFalse();
        assertThat(BlockMove.assign(List.of(a2), EARLY).isMoveDoable(null)).as("outside availability").isFalse();
        assertThat(BlockMove.assign(List.of(a2), LATE).isMoveDoable(null)).as("inside availability").isTrue();
        assertThat(BlockMove.swap(List.of(a1), List.of(b1)).isMoveDoable(null)).as("b's shift onto a's leave").isFalse();
        assertThat(BlockMove.swap(List.of(a2), List.of(b2)).isMoveDoable(null)).as("b's early onto a's late-only day")
                .isFalse();
        assertThat(BlockMove.set(List.of(a1, a2), java.util.Arrays.asList(null, LATE)).isMoveDoable(null)).isTrue();
        assertThat(BlockMove.set(List.of(a1, a2), List.of(EARLY, LATE)).isMoveDoable(null)).isFalse();

        b2.setShift(LATE);
        assertThat(BlockMove.swap(List.of(a2), List.of(b2)).isMoveDoable(null)).as("b's late onto a's late-only day")
                .isTrue();
        // a stored shift on leave may still be taken away
        a1.setShift(EARLY);
        b1.setShift(null);
        assertThat(BlockMove.swap(List.of(a1), List.of(b1)).isMoveDoable(null)).as("a's shift off the leave to b").isTrue();
        assertThat(BlockMove.assign(List.of(a1), null).isMoveDoable(null)).isTrue();
    }

    @Test
    void slideMovesAWholeWorkingRunWithItsShifts() {
        Roster roster = new RosterBuilder("slide", CentreGenerator.START, 10).shiftType(EARLY).shiftType(LATE)
                .agent(new Agent("a", "A", Contract.unrestricted("c"), Map.of(), null, false,
                        List.of(WorkLocation.HOME), List.of(EARLY, LATE), Map.of()))
                .build();
        AgentDay[] row = roster.getAgentDays().toArray(AgentDay[]::new);
        Arrays.sort(row, (x, y) -> Integer.compare(x.getDay(), y.getDay()));
        row[3].setShift(EARLY);
        row[4].setShift(LATE);
        row[5].setShift(LATE);
        row[8].setShift(EARLY);
        Random random = new Random(1);
        Map<Integer, Map<Integer, ShiftType>> byShift = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            BlockMove slide = BlockMoveFactory.slide(row, random);
            if (slide == null || slide.targets().keySet().stream().noneMatch(d -> d.getDay() == 4)) {
                continue;
            }
            Map<Integer, ShiftType> after = new HashMap<>();
            for (AgentDay day : row) {
                after.put(day.getDay(), day.getShift());
            }
            slide.targets().forEach((day, shift) -> after.put(day.getDay(), shift));
            int firstWorked = after.entrySet().stream().filter(e -> e.getKey() < 7 && e.getValue() != null)
                    .mapToInt(Map.Entry::getKey).min().orElseThrow();
            byShift.put(firstWorked - 3, after);
        }
        // the run E L L on days 3-5 lands one or two days earlier or later, intact; day 8 is untouched
        assertThat(byShift).containsOnlyKeys(-2, -1, 1, 2);
        byShift.forEach((by, after) -> {
            List<ShiftType> shifts = new ArrayList<>();
            for (int d = 0; d < 8; d++) {
                shifts.add(after.get(d));
            }
            List<ShiftType> expected = new ArrayList<>(Arrays.asList(new ShiftType[8]));
            expected.set(3 + by, EARLY);
            expected.set(4 + by, LATE);
            expected.set(5 + by, LATE);
            assertThat(shifts).as("slid by %d", by).isEqualTo(expected);
            assertThat(after.get(8)).isEqualTo(EARLY);
        });
    }

    @Test
    void pairSwapExchangesTwoDaysBetweenTwoAgentsWithinAWeek() {
        Roster roster = new RosterBuilder("pair", CentreGenerator.START, 14).shiftType(EARLY).shiftType(LATE)
                .agent(new Agent("a", "A", Contract.unrestricted("c"), Map.of(), null, false,
                        List.of(WorkLocation.HOME), List.of(EARLY, LATE), Map.of()))
                .agent(new Agent("b", "B", Contract.unrestricted("c"), Map.of(), null, false,
                        List.of(WorkLocation.HOME), List.of(EARLY, LATE), Map.of()))
                .build();
        AgentDay[] a = roster.getAgentDays().stream().filter(d -> d.getAgent().id().equals("a"))
                .sorted((x, y) -> Integer.compare(x.getDay(), y.getDay())).toArray(AgentDay[]::new);
        AgentDay[] b = roster.getAgentDays().stream().filter(d -> d.getAgent().id().equals("b"))
                .sorted((x, y) -> Integer.compare(x.getDay(), y.getDay())).toArray(AgentDay[]::new);
        for (int d = 0; d < 14; d++) {
            a[d].setShift(d % 2 == 0 ? EARLY : null);
            b[d].setShift(d % 3 == 0 ? LATE : null);
        }
        Random random = new Random(7);
        int found = 0;
        for (int i = 0; i < 300; i++) {
            BlockMove pair = BlockMoveFactory.pairSwap(a, b, random);
            if (pair == null) {
                continue;
            }
            found++;
            List<AgentDay> days = List.copyOf(pair.getPlanningEntities().stream().map(AgentDay.class::cast).toList());
            assertThat(days).hasSize(4);
            int first = days.get(0).getDay();
            int second = days.get(1).getDay();
            assertThat(Math.abs(first - second)).isBetween(1, BlockMoveFactory.PAIR_SPAN);
            assertThat(days.get(2).getDay()).isEqualTo(first);
            assertThat(days.get(3).getDay()).isEqualTo(second);
            // only days where the two agents differ are worth swapping
            assertThat(a[first].getShift()).isNotEqualTo(b[first].getShift());
            assertThat(a[second].getShift()).isNotEqualTo(b[second].getShift());
        }
        assertThat(found).isPositive();
        assertThat(BlockMoveFactory.pairSwap(a, a, random)).isNull();
    }

    @Test
    void blockMovesKeepTheIncrementalScoreExact() {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(AgentDay.class, TrainingSession.class)
                .withConstraintProviderClass(RosterConstraintProvider.class)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withRandomSeed(3L)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new PatternStart()),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(BlockMoveFactory.class))
                                .withTerminationConfig(new TerminationConfig().withStepCountLimit(200)));
        RosterSolver.Outcome outcome = new RosterSolver(config).solve(CentreGenerator.generate(8, 1, 1.2, 3), null);
        assertThat(new RosterExplainer().score(outcome.roster())).isEqualTo(outcome.score());
    }
}
