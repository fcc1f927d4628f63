package dev.frontline.roster.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.EventProducerId;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

/**
 * Solves one roster with the one solver configuration ({@code solver-configs/roster.xml} on the classpath) for the time
 * of a named preset ({@link #QUICK}, {@link #DEFAULT}, {@link #LONG}), reports every new best roster to a listener and
 * can be cancelled from another thread. A service that runs many jobs instead hands {@link #baseConfig()} to one
 * {@code SolverManager} and each job's {@link #termination(String)} to it as an override.
 */
public final class RosterSolver {

    /** Quick previews and tests: 10 s, or 3 s without a better roster. */
    public static final String QUICK = "roster-quick";
    /** The default for planners and benchmarks: 60 s, or 30 s without a better roster. */
    public static final String DEFAULT = "roster-default";
    /** Overnight and large centres: 10 min, or 2 min without a better roster. */
    public static final String LONG = "roster-long";
    /** The presets by name, in the order a planner chooses from them. */
    public static final List<String> PRESETS = List.of(QUICK, DEFAULT, LONG);

    private static final String CONFIG_RESOURCE = "solver-configs/roster.xml";
    private static final String BREAK_BUCKET = "breakBucket";
    /**
     * The configuration's last start phase (LpStart 0, ShortRunRepair 1, LocationStart 2, TrainingStart 3); local search
     * follows.
     */
    private static final int LAST_START_PHASE = 3;
    private static final Map<String, TerminationConfig> TERMINATIONS = Map.of(
            QUICK, limits(Duration.ofSeconds(10), Duration.ofSeconds(3)),
            DEFAULT, limits(Duration.ofSeconds(60), Duration.ofSeconds(30)),
            LONG, limits(Duration.ofMinutes(10), Duration.ofMinutes(2)));

    private final SolverConfig config;
    private volatile Solver<Roster> solver;

    /** A new best roster during solving, with the milliseconds spent when it was found. */
    public record Progress(Roster roster, HardSoftLongScore score, long millisSpent) {
    }

    /**
     * What a finished solve found and how fast; {@code startScore} and {@code millisToStart} are the first complete
     * roster's (the end of the start phase, before local search), null and −1 when there was none.
     */
    public record Outcome(Roster roster, HardSoftLongScore score, long millisSpent, long millisToBest,
            long millisToFirstFeasible, long moveEvaluationsPerSecond, HardSoftLongScore startScore, long millisToStart) {

        public boolean feasible() {
            return score != null && score.isFeasible();
        }
    }

    public RosterSolver(SolverConfig config) {
        this.config = Objects.requireNonNull(config, "solver config");
    }

    /** The solver configuration without a time limit; every use adds a preset's or its own termination. */
    public static SolverConfig baseConfig() {
        return SolverConfig.createFromXmlResource(CONFIG_RESOURCE);
    }

    /** The configuration with a preset's time limits. */
    public static SolverConfig config(String preset) {
        return baseConfig().withTerminationConfig(termination(preset));
    }

    /** A preset's time limits, for a solver or as a {@code SolverManager} job's override. */
    public static TerminationConfig termination(String preset) {
        TerminationConfig termination = TERMINATIONS.get(preset);
        if (termination == null) {
            throw new IllegalArgumentException("solver configuration '" + preset + "' is not one of " + PRESETS);
        }
        return termination.copyConfig();
    }

    private static TerminationConfig limits(Duration spent, Duration unimproved) {
        return new TerminationConfig().withSpentLimit(spent).withUnimprovedSpentLimit(unimproved);
    }

    /**
     * A preset's configuration with its time limits and seed replaced.
     *
     * @param spentLimit how long to solve at most; null keeps the configuration's limit
     * @param unimprovedLimit stop after this long without a better score; null keeps the configuration's
     */
    public static SolverConfig config(String name, Duration spentLimit, Duration unimprovedLimit, Long seed) {
        SolverConfig config = config(name);
        TerminationConfig termination = config.getTerminationConfig();
        if (spentLimit != null) {
            termination.setSpentLimit(spentLimit);
        }
        if (unimprovedLimit != null) {
            termination.setUnimprovedSpentLimit(unimprovedLimit);
        }
        config.setTerminationConfig(termination);
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        return config;
    }

    public static SolverConfig withEnvironmentMode(SolverConfig config, EnvironmentMode mode) {
        return config.copyConfig().withEnvironmentMode(mode);
    }

    /**
     * Whether a new best roster comes from before local search: the start phases (see solver-configs/roster.xml) or
     * the solver's own start, which report no phase. Their last one is the first roster; those before it are the
     * draft as it was loaded and the start half built.
     */
    public static boolean beforeTheSearch(EventProducerId producer) {
        return producer.phaseIndex().orElse(-1) <= LAST_START_PHASE;
    }

    /** Solves and returns the best roster found; blocks until a termination or {@link #cancel()}. */
    public Outcome solve(Roster problem, Consumer<Progress> onBestRoster) {
        Solver<Roster> created = SolverFactory.<Roster>create(forRoster(config, problem)).buildSolver();
        long[] firstFeasible = {-1};
        long[] lastBest = {0};
        long[] start = {-1};
        HardSoftLongScore[] startScore = {null};
        created.addEventListener(event -> {
            HardSoftLongScore score = (HardSoftLongScore) event.getNewBestScore();
            lastBest[0] = event.getTimeMillisSpent();
            // the start phases (LpStart, ShortRunRepair, LocationStart, TrainingStart) are phases 0 to 3; their last new
            // best is the first roster local search gets
            if (beforeTheSearch(event.getProducerId()) && event.getProducerId().phaseIndex().isPresent()) {
                start[0] = event.getTimeMillisSpent();
                startScore[0] = score;
            }
            if (firstFeasible[0] < 0 && event.isNewBestSolutionInitialized() && score.isFeasible()) {
                firstFeasible[0] = event.getTimeMillisSpent();
            }
            if (onBestRoster != null) {
                onBestRoster.accept(new Progress(event.getNewBestSolution(), score, event.getTimeMillisSpent()));
            }
        });
        solver = created;
        long started = System.nanoTime();
        Roster best = created.solve(problem);
        long spent = (System.nanoTime() - started) / 1_000_000;
        long speed = created instanceof DefaultSolver<Roster> defaultSolver ? defaultSolver.getMoveEvaluationSpeed() : 0;
        if (firstFeasible[0] < 0 && best.getScore() != null && best.getScore().isFeasible()) {
            firstFeasible[0] = lastBest[0];
        }
        return new Outcome(best, best.getScore(), spent, lastBest[0], firstFeasible[0], speed, startScore[0], start[0]);
    }

    /**
     * The configuration for one roster: without break-bucket moves when no shift type has breaks (Curtois instances),
     * without training moves when there is no training, without window moves when no cover is asked per shift type.
     * They would all be skipped ({@link BreakBucketFilter}; no session to move; nothing for a window to cover), but the
     * union would still draw them, so the search would no longer be the one measured without them.
     */
    static SolverConfig forRoster(SolverConfig config, Roster problem) {
        boolean breaks = problem.getShiftTypes().stream().anyMatch(s -> s.breakRule().hasBreaks());
        boolean training = !problem.getTrainingSessions().isEmpty();
        boolean shiftCover = !problem.getShiftDemands().isEmpty();
        if (breaks && training && shiftCover) {
            return config;
        }
        // new phase and union objects: a copied SolverConfig shares them with the configuration it was copied from
        List<PhaseConfig> phases = new ArrayList<>();
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig localSearch
                    && localSearch.getMoveSelectorConfig() instanceof UnionMoveSelectorConfig union) {
                UnionMoveSelectorConfig kept = union.copyConfig();
                kept.setMoveSelectorList(union.getMoveSelectorList().stream()
                        .filter(selector -> breaks || !movesBreaks(selector))
                        .filter(selector -> training || !movesTraining(selector))
                        .filter(selector -> shiftCover || !isFactory(selector, BestWindowMoveFactory.class))
                        .toList());
                phases.add(localSearch.copyConfig().withMoveSelectorConfig(kept));
            } else {
                phases.add(phase);
            }
        }
        return config.copyConfig().withPhaseList(phases);
    }

    private static boolean movesBreaks(MoveSelectorConfig<?> selector) {
        return selector instanceof ChangeMoveSelectorConfig change && change.getValueSelectorConfig() != null
                && BREAK_BUCKET.equals(change.getValueSelectorConfig().getVariableName());
    }

    private static boolean movesTraining(MoveSelectorConfig<?> selector) {
        return isFactory(selector, SessionMoveFactory.class);
    }

    private static boolean isFactory(MoveSelectorConfig<?> selector, Class<?> factoryClass) {
        return selector instanceof MoveIteratorFactoryConfig factory
                && factoryClass.equals(factory.getMoveIteratorFactoryClass());
    }

    /** Stops a running solve early; {@link #solve} then returns the best roster so far. */
    public void cancel() {
        Solver<Roster> running = solver;
        if (running != null) {
            running.terminateEarly();
        }
    }
}
