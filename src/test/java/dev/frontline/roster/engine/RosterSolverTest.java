package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

class RosterSolverTest {

    private static final RosterExplainer EXPLAINER = new RosterExplainer();

    private static SolverConfig steps(int steps) {
        return RosterSolver.config(RosterSolver.QUICK)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(steps));
    }

    /**
     * Two seconds: a step count cannot end a solve whose roster no move improves without breaking a hard rule (a step
     * then tries moves until the time runs out).
     */
    private static SolverConfig untilStuck() {
        return RosterSolver.config(RosterSolver.QUICK, Duration.ofSeconds(2), null, null);
    }

    @Test
    void smallCentreReachesHardZeroReproducibly() {
        RosterSolver.Outcome first = new RosterSolver(steps(300)).solve(CentreGenerator.generate(24, 1, 1.3, 5), null);
        RosterSolver.Outcome second = new RosterSolver(steps(300)).solve(CentreGenerator.generate(24, 1, 1.3, 5), null);
        assertThat(first.score().hardScore()).isZero();
        assertThat(second.score()).isEqualTo(first.score());
        assertThat(second.roster().getAgentDays()).map(AgentDay::toString)
                .containsExactlyElementsOf(first.roster().getAgentDays().stream().map(AgentDay::toString).toList());
    }

    @Test
    void fullAssertFindsNoScoreCorruption() {
        SolverConfig config = RosterSolver.withEnvironmentMode(steps(25), EnvironmentMode.FULL_ASSERT);
        RosterSolver.Outcome outcome = new RosterSolver(config).solve(CentreGenerator.generate(8, 1, 1.2, 3), null);
        assertThat(outcome.score()).isNotNull();
        assertThat(EXPLAINER.score(outcome.roster())).isEqualTo(outcome.score());
    }

    @Test
    void breakBucketMovesAreScoredIncrementallyAsFromScratch() {
        // only bucket moves, under FULL_ASSERT: the coverage collector must see a bucket change as a change of presence
        SolverConfig config = RosterSolver.withEnvironmentMode(steps(40), EnvironmentMode.FULL_ASSERT);
        for (var phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig localSearch) {
                localSearch.setMoveSelectorConfig(new ChangeMoveSelectorConfig()
                        .withFilterClass(BreakBucketFilter.class)
                        .withEntitySelectorConfig(new EntitySelectorConfig(AgentDay.class))
                        .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("breakBucket")));
            }
        }
        Roster problem = CentreGenerator.generate(8, 1, 1.2, 3);
        RosterSolver.Outcome outcome = new RosterSolver(config).solve(problem, null);

        assertThat(EXPLAINER.score(outcome.roster())).isEqualTo(outcome.score());
        // the search moved breaks without moving shifts, and the moves it kept paid
        assertThat(outcome.roster().getAgentDays()).anyMatch(
                d -> d.getBreakBucket() != BreakPlanner.bucket(d.getAgent().id(), d.getDay()));
        assertThat(outcome.score()).isGreaterThan(outcome.startScore());
    }

    @Test
    void rostersWithoutBreaksAreSolvedWithoutBucketMoves() {
        SolverConfig config = RosterSolver.baseConfig();
        ShiftType early = new ShiftType("E", 6 * 60, 8 * 60, Set.of(), BreakRule.none());
        Queue voice = new Queue("voice", "Voice", Channel.VOICE);
        Roster withoutBreaks = new RosterBuilder("plain", LocalDate.of(2024, 1, 1), 1).queue(voice).shiftType(early)
                .agent(new Agent("a", "a", Contract.unrestricted("c"), Map.of(voice, 1.0), null, false,
                        List.of(WorkLocation.HOME), List.of(early), Map.of()))
                .build();

        assertThat(bucketSelectors(RosterSolver.forRoster(config, withoutBreaks))).isZero();
        assertThat(bucketSelectors(config)).isEqualTo(1);
        assertThat(bucketSelectors(RosterSolver.forRoster(config, CentreGenerator.generate(8, 1, 1.2, 3)))).isEqualTo(1);
    }

    @Test
    void windowMovesAreDrawnOnlyWhereCoverIsAskedPerShiftType() {
        SolverConfig config = RosterSolver.baseConfig();
        ShiftType early = new ShiftType("E", 6 * 60, 8 * 60, Set.of(), BreakRule.none());
        RosterBuilder builder = new RosterBuilder("plain", LocalDate.of(2024, 1, 1), 1).shiftType(early)
                .agent(new Agent("a", "a", Contract.unrestricted("c"), Map.of(), null, false,
                        List.of(WorkLocation.HOME), List.of(early), Map.of()));
        Roster perShift = builder.shiftCover(0, "E", 1, 100, 1).build();

        assertThat(windowSelectors(RosterSolver.forRoster(config, perShift))).isEqualTo(1);
        assertThat(windowSelectors(RosterSolver.forRoster(config, CentreGenerator.generate(8, 1, 1.2, 3)))).isZero();
    }

    private static long windowSelectors(SolverConfig config) {
        return selectors(config, selector -> selector instanceof MoveIteratorFactoryConfig factory
                && BestWindowMoveFactory.class.equals(factory.getMoveIteratorFactoryClass()));
    }

    private static long bucketSelectors(SolverConfig config) {
        return selectors(config, selector -> selector instanceof ChangeMoveSelectorConfig change
                && change.getValueSelectorConfig() != null
                && "breakBucket".equals(change.getValueSelectorConfig().getVariableName()));
    }

    /** The local search's selectors of one kind. */
    private static long selectors(SolverConfig config, Predicate<MoveSelectorConfig> kind) {
        return config.getPhaseConfigList().stream().filter(LocalSearchPhaseConfig.class::isInstance)
                .map(phase -> (UnionMoveSelectorConfig) ((LocalSearchPhaseConfig) phase).getMoveSelectorConfig())
                .flatMap(union -> union.getMoveSelectorList().stream())
                .filter(kind)
                .count();
    }

    @Test
    void bestRostersAreReportedAndCancelStopsTheSolve() throws Exception {
        // ten minutes and no early stop without improvement: within the wait below only cancel can end the solve
        RosterSolver solver = new RosterSolver(RosterSolver.config(RosterSolver.LONG, Duration.ofMinutes(10),
                Duration.ofMinutes(10), 0L));
        java.util.concurrent.atomic.AtomicInteger events = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch firstBest = new java.util.concurrent.CountDownLatch(1);
        var solving = java.util.concurrent.CompletableFuture.supplyAsync(() -> solver.solve(
                CentreGenerator.generate(40, 2, 1.2, 1), p -> {
                    events.incrementAndGet();
                    if (p.roster().getAgentDays().stream().anyMatch(AgentDay::isWorking)) {
                        firstBest.countDown();
                    }
                }));
        assertThat(firstBest.await(2, java.util.concurrent.TimeUnit.MINUTES)).as("a first roster with shifts").isTrue();
        solver.cancel();
        RosterSolver.Outcome outcome = solving.get(2, java.util.concurrent.TimeUnit.MINUTES);
        assertThat(outcome.millisSpent()).isLessThan(Duration.ofMinutes(10).toMillis());
        assertThat(events.get()).isPositive();
        assertThat(outcome.roster().getAgentDays()).anyMatch(AgentDay::isWorking);
    }

    @Test
    void infeasibleRosterComesBackWithItsBrokenRulesNamed() {
        ShiftType day = new ShiftType("D", 9 * 60, 8 * 60, Set.of(), null);
        Site tiny = new Site("tiny", "Tiny office", 1);
        Contract contract = Contract.unrestricted("c").withWeeklyMinutes(5 * 480, 5 * 480);
        RosterBuilder builder = new RosterBuilder("infeasible", LocalDate.of(2024, 1, 1), 7).shiftType(day).site(tiny);
        for (String id : List.of("ann", "bob")) {
            builder.agent(new Agent(id, id, contract, Map.of(), null, false,
                    List.of(WorkLocation.office(tiny)), List.of(day), Map.of()));
        }
        // ann is on leave four days of a week in which she must work five; both are published in the one-seat office
        for (int d = 0; d < 4; d++) {
            builder.timeOff("ann", d, "leave");
        }
        builder.pinned("ann", 5, "D", WorkLocation.office(tiny)).pinned("bob", 5, "D", WorkLocation.office(tiny));
        RosterSolver.Outcome outcome = new RosterSolver(untilStuck()).solve(builder.build(), null);

        RosterExplanation explanation = EXPLAINER.explain(outcome.roster());
        assertThat(explanation.feasible()).isFalse();
        assertThat(explanation.hardBreaches()).extracting(RosterExplanation.Breach::constraint)
                .contains(RosterConstraints.OFFICE_SEATS);
        assertThat(explanation.hardBreaches()).extracting(b -> b.why().description())
                .anyMatch(text -> text.contains("2 agents in the office tiny on day 5, which seats 1"));
        assertThat(explanation.hardBreaches()).extracting(RosterExplanation.Breach::constraint)
                .containsAnyOf(RosterConstraints.MIN_MINUTES_PER_WEEK, RosterConstraints.TIME_OFF);
        assertThat(explanation.byAgent()).containsKey("ann");
        assertThat(explanation.summary(3)).contains("INFEASIBLE").contains(RosterConstraints.OFFICE_SEATS);
        assertThat(outcome.roster().agentDay("ann", 5).getShift()).isEqualTo(day);
    }

    /**
     * Ann works six days a week (no paid credit for leave) and has Wednesday off as approved leave: her other six days
     * leave that Wednesday a single day off between two runs, one hard point that no roster without a shift on the
     * leave can avoid. Working the leave costs one hard point too and mends the single day off, and it covers the
     * Wednesday: a search allowed to put her back on the leave takes that trade for its soft gain, as a 10-second demo
     * roster did (an agent on her day of leave instead of a single day off).
     */
    @Test
    void searchNeverTradesApprovedTimeOffForAnotherHardRule() {
        ShiftType day = new ShiftType("D", 9 * 60, 8 * 60);
        Contract contract = Contract.unrestricted("six-days").withWeeklyMinutes(6 * 480, 7 * 480)
                .withConsecutive(7, 2, 2).withMinRestMinutes(11 * 60);
        RosterBuilder builder = new RosterBuilder("leave", LocalDate.of(2024, 1, 1), 7).shiftType(day)
                .agent(new Agent("ann", "Ann", contract, Map.of(), null, false, List.of(WorkLocation.HOME), List.of(day),
                        Map.of()));
        for (int d = 0; d < 7; d++) {
            builder.shiftCover(d, "D", 1, 100, 1);
        }
        builder.timeOff("ann", 2, "leave");

        RosterSolver.Outcome outcome = new RosterSolver(untilStuck()).solve(builder.build(), null);

        assertThat(outcome.roster().agentDay("ann", 2).getShift()).as("ann's day of leave").isNull();
        RosterExplanation explanation = EXPLAINER.explain(outcome.roster());
        assertThat(explanation.hardBreaches()).extracting(RosterExplanation.Breach::constraint)
                .doesNotContain(RosterConstraints.TIME_OFF).contains(RosterConstraints.MIN_CONSECUTIVE_DAYS_OFF);
    }

    /** The same trade against a day's availability (only early shifts that Wednesday, and Ann works only lates). */
    @Test
    void searchNeverTradesAvailabilityForAnotherHardRule() {
        ShiftType late = new ShiftType("L", 13 * 60, 8 * 60);
        ShiftType early = new ShiftType("E", 6 * 60, 8 * 60);
        Contract contract = Contract.unrestricted("six-days").withWeeklyMinutes(6 * 480, 7 * 480)
                .withConsecutive(7, 2, 2).withMinRestMinutes(11 * 60);
        RosterBuilder builder = new RosterBuilder("availability", LocalDate.of(2024, 1, 1), 7).shiftType(late)
                .shiftType(early).agent(new Agent("ann", "Ann", contract, Map.of(), null, false, List.of(WorkLocation.HOME),
                        List.of(late), Map.of()));
        for (int d = 0; d < 7; d++) {
            builder.shiftCover(d, "L", 1, 100, 1);
        }
        builder.availability("ann", 2, List.of("E"), "school run");

        RosterSolver.Outcome outcome = new RosterSolver(untilStuck()).solve(builder.build(), null);

        assertThat(outcome.roster().agentDay("ann", 2).getShift()).as("ann's Wednesday").isNull();
        assertThat(EXPLAINER.explain(outcome.roster()).hardBreaches()).extracting(RosterExplanation.Breach::constraint)
                .doesNotContain(RosterConstraints.AVAILABILITY);
    }

    /** From nothing, on a generated centre with leave: no start phase and no move puts a shift on a day of leave. */
    @Test
    void solvedCentreKeepsEveryDayOfTimeOff() {
        Roster problem = CentreGenerator.generate(40, 2, 1.1, 7);
        assertThat(problem.getTimeOffs()).isNotEmpty();

        RosterSolver.Outcome outcome = new RosterSolver(steps(3000)).solve(problem, null);

        assertThat(outcome.roster().getTimeOffs()).allSatisfy(t -> assertThat(outcome.roster()
                .agentDay(t.agent().id(), t.day()).getShift()).as(t.agent().id() + " on day " + t.day()).isNull());
    }

    @Test
    void underCoverageIsExplainedPerInterval() {
        Roster roster = CentreGenerator.generate(12, 1, 0.5, 2);
        RosterExplanation explanation = EXPLAINER.explain(roster);
        // nobody works yet: every interval with a requirement is short
        long shortIntervals = roster.getIntervalDemands().stream().filter(d -> d.requiredMilli() >= 100).count();
        assertThat(explanation.breaches()).filteredOn(b -> b.constraint().equals(RosterConstraints.INTERVAL_UNDER_COVERAGE))
                .hasSizeGreaterThanOrEqualTo((int) shortIntervals)
                .allMatch(b -> b.why().interval() != null && b.why().queueId() != null);
        long perInterval = explanation.byInterval().values().stream().mapToLong(s -> s.softScore()).sum();
        assertThat(explanation.constraints()).filteredOn(c -> c.constraint().equals(RosterConstraints.INTERVAL_UNDER_COVERAGE))
                .singleElement().satisfies(c -> assertThat(c.score().softScore()).isEqualTo(perInterval));
        assertThat(CoverageReport.of(roster).undercoveragePercent()).isEqualTo(100.0);
    }

    @Test
    void constraintWeightsCanBeOverridden() {
        Roster roster = CentreGenerator.generate(12, 1, 1.2, 2);
        long before = EXPLAINER.score(roster).softScore();
        roster.setConstraintWeightOverrides(ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides.of(
                Map.of(RosterConstraints.INTERVAL_UNDER_COVERAGE,
                        ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore.ofSoft(2))));
        long after = EXPLAINER.score(roster).softScore();
        assertThat(after).isLessThan(before);
    }
}
