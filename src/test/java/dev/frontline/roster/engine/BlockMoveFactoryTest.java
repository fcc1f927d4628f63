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
                .withEntityClasses(AgentDay.class)
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
