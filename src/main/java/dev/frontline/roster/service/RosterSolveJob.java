package dev.frontline.roster.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutionException;

import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import dev.frontline.jobs.JobExecution;
import dev.frontline.jobs.JobHandler;
import dev.frontline.jobs.JobPoint;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;

/**
 * Solves a roster draft as a background job on this node's one Timefold {@code SolverManager}. It starts from the
 * draft's stored shifts, so a solve taken up again after its node died resumes from the last roster saved; every new
 * best score is a point of the job's curve, and the draft's content is saved at most every {@link #SAVE_EVERY} and at
 * the end (a stop by the planner also ends it, keeping the best roster so far).
 */
@Component
class RosterSolveJob implements JobHandler {

    static final String KIND = "ROSTER_SOLVE";
    /** The longest stretch of improvement a crash can lose. */
    static final Duration SAVE_EVERY = Duration.ofSeconds(5);
    private static final long WATCH_MILLIS = 200;
    /** How far apart the points of the best-score curve are at least (the final best is always a point). */
    static final Duration POINT_EVERY = Duration.ofMillis(100);
    /** A solve taken up again runs at least this long, to rebuild its state and save a roster scored on this node. */
    private static final Duration MINIMUM_RESUME = Duration.ofSeconds(5);

    private final RosterStore store;
    // one manager for every solve: the configuration is the same, only each job's time limits differ
    private final SolverManager<Roster, Long> manager = SolverManager.create(
            SolverFactory.create(RosterSolver.baseConfig()), new SolverManagerConfig());

    RosterSolveJob(RosterStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Long run(JobExecution execution) throws InterruptedException, ExecutionException {
        long versionId = execution.subjectId();
        Progress progress = execution::progress;
        Cancellation cancellation = execution::cancelRequested;
        RosterJobs.Parameters parameters = execution.parameters(RosterJobs.Parameters.class);
        LoadedRoster loaded = store.load(versionId);
        RosterScenario scenario = loaded.scenario();
        TerminationConfig termination = termination(parameters, execution);
        long limitMillis = Math.max(1, termination.getSpentLimit().toMillis());
        long started = System.nanoTime();
        long[] lastSave = {started};
        String[] lastScore = {null};
        long[] lastPointAt = {-POINT_EVERY.toMillis()};
        // the curve starts at the first roster: the draft as loaded and the half-built start would set its scale
        JobPoint[] firstRoster = {null};
        progress.report(0, Phrase.of("jobs.progress.solving"));
        SolverJob<Roster, Long> solve = manager.solveBuilder()
                .withProblemId(execution.jobId())
                .withProblemFinder(id -> loaded.roster())
                .withBestSolutionEventConsumer(event -> {
                    Roster best = event.solution();
                    long millis = millisSince(started);
                    if (RosterSolver.beforeTheSearch(event.producerId())) {
                        firstRoster[0] = new JobPoint(millis, best.getScore().toString());
                    } else if (firstRoster[0] != null) {
                        lastScore[0] = firstRoster[0].value();
                        execution.point(firstRoster[0]);
                        firstRoster[0] = null;
                    }
                    // early on a new best comes every few microseconds; the curve needs one point in POINT_EVERY
                    if (firstRoster[0] == null && millis - lastPointAt[0] >= POINT_EVERY.toMillis()) {
                        lastScore[0] = best.getScore().toString();
                        execution.point(new JobPoint(millis, lastScore[0]));
                        progress.report((double) millis / limitMillis, Phrase.of("jobs.progress.best-roster",
                                Phrase.of("roster.score.words", Math.abs(best.getScore().hardScore()),
                                        Math.abs(best.getScore().softScore()))));
                        lastPointAt[0] = millis;
                    }
                    if (System.nanoTime() - lastSave[0] >= SAVE_EVERY.toNanos()) {
                        store.save(versionId, scenario, best, null);
                        lastSave[0] = System.nanoTime();
                    }
                })
                .withConfigOverride(new SolverConfigOverride<Roster>().withTerminationConfig(termination))
                .run();
        boolean nodeStopping = false;
        while (solve.getSolverStatus() != SolverStatus.NOT_SOLVING) {
            if (cancellation.isCancelled()) {
                execution.stoppedOnRequest();
                solve.terminateEarly();
            } else if (execution.nodeStopping()) {
                nodeStopping = true;
                solve.terminateEarly();
            }
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException interrupted) {
                nodeStopping = true;
                solve.terminateEarly();
            }
        }
        Roster best = solve.getFinalBestSolution();
        String finalScore = best.getScore().toString();
        if (firstRoster[0] != null) {
            // stopped before local search found anything better: the first roster is the result
            lastScore[0] = firstRoster[0].value();
            execution.point(firstRoster[0]);
        }
        if (!finalScore.equals(lastScore[0])) {
            execution.point(new JobPoint(millisSince(started), finalScore));
        }
        if (nodeStopping) {
            store.save(versionId, scenario, best, null);
            throw new JobExecution.NodeStoppingException("roster version #" + versionId + " saved as far as solved");
        }
        store.save(versionId, scenario, best, millisSince(started) / 1000.0);
        return versionId;
    }

    /**
     * The preset's limits, or the caller's own time limit (which replaces them, unimproved limit included); a solve
     * taken up again after its node stopped gets only the time left since it first started.
     */
    private static TerminationConfig termination(RosterJobs.Parameters parameters, JobExecution execution) {
        TerminationConfig termination = parameters.spentLimitSeconds() == null
                ? RosterSolver.termination(parameters.config())
                : new TerminationConfig().withSpentLimit(Duration.ofSeconds(parameters.spentLimitSeconds()));
        if (execution.attempt() > 1 && execution.firstStarted() != null) {
            Duration used = Duration.between(execution.firstStarted(), Instant.now());
            // Timefold takes whole milliseconds
            Duration left = termination.getSpentLimit().minus(used).truncatedTo(ChronoUnit.MILLIS);
            termination.setSpentLimit(left.compareTo(MINIMUM_RESUME) < 0 ? MINIMUM_RESUME : left);
        }
        return termination;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    @PreDestroy
    void close() {
        manager.close();
    }
}
