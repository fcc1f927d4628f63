package dev.frontline.roster.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterSolver;

/**
 * Solves roster drafts in the background on Timefold's {@code SolverManager}, one job per version. Every new best
 * roster becomes progress (best score over time) and, at most every {@link #SAVE_EVERY}, the draft's content in one
 * transaction, so a crash or restart loses at most those seconds; the final best is always saved with the solving
 * time. Planners only; listeners are called on solver threads, so a UI must hand them to its own thread.
 */
@Service
public class RosterJobs {

    /** The longest stretch of improvement a crash can lose. */
    static final Duration SAVE_EVERY = Duration.ofSeconds(5);
    public static final List<String> CONFIGS = List.of(RosterSolver.QUICK, RosterSolver.DEFAULT, RosterSolver.LONG);

    private static final Logger LOG = LoggerFactory.getLogger(RosterJobs.class);

    private final RosterStore store;
    private final Map<String, SolverManager<Roster, Long>> managers = new ConcurrentHashMap<>();
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    /** A best score found after {@code millis} of solving. */
    public record Point(long millis, HardSoftLongScore score) {
    }

    /** A job's state as a listener sees it. */
    public record Status(long versionId, String config, boolean running, List<Point> progress, String error) {

        public Optional<Point> best() {
            return progress.isEmpty() ? Optional.empty() : Optional.of(progress.get(progress.size() - 1));
        }
    }

    private static final class Job {
        final long versionId;
        final String config;
        final long started = System.nanoTime();
        final List<Point> progress = new CopyOnWriteArrayList<>();
        final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
        volatile boolean running = true;
        volatile String error;
        volatile long lastSave = System.nanoTime();

        Job(long versionId, String config) {
            this.versionId = versionId;
            this.config = config;
        }

        Status status() {
            return new Status(versionId, config, running, List.copyOf(progress), error);
        }

        long millis() {
            return (System.nanoTime() - started) / 1_000_000;
        }
    }

    RosterJobs(RosterStore store) {
        this.store = store;
    }

    /**
     * Starts solving a draft with a named configuration ({@link #CONFIGS}); {@code spentLimit} (null = the
     * configuration's own) caps the time. Stored shifts are the starting roster and pinned ones stay as they are.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public Status solve(long versionId, String config, Duration spentLimit, Consumer<Status> listener) {
        if (!CONFIGS.contains(config)) {
            throw new RosterInputException("solver configuration '" + config + "' is not one of " + CONFIGS);
        }
        RosterVersionSummary version = store.version(versionId);
        if (version.status() != RosterStatus.DRAFT) {
            throw new RosterInputException("solve: version #" + versionId + " is " + version.status()
                    + "; only a draft is solved (repair a published roster to change it)");
        }
        Job job = new Job(versionId, config);
        if (listener != null) {
            job.listeners.add(listener);
        }
        Job previous = jobs.get(versionId);
        if (previous != null && previous.running) {
            throw new RosterInputException("version #" + versionId + " is already being solved");
        }
        jobs.put(versionId, job);
        LoadedRoster loaded;
        try {
            loaded = store.load(versionId);
            store.versions().setSolverConfig(versionId, config);
        } catch (RuntimeException e) {
            jobs.remove(versionId);
            throw e;
        }
        RosterScenario scenario = loaded.scenario();
        var builder = manager(config).solveBuilder()
                .withProblemId(versionId)
                .withProblemFinder(id -> loaded.roster())
                .withBestSolutionEventConsumer(event -> onBest(job, scenario, event.solution()))
                .withFinalBestSolutionEventConsumer(event -> onFinal(job, scenario, event.solution()))
                .withExceptionHandler((id, e) -> onError(job, e));
        if (spentLimit != null) {
            // replaces the configuration's termination, unimproved limit included
            builder.withConfigOverride(new SolverConfigOverride<Roster>()
                    .withTerminationConfig(new TerminationConfig().withSpentLimit(spentLimit)));
        }
        builder.run();
        return job.status();
    }

    /** Stops a running job; its best roster so far is saved as the draft's content. */
    @PreAuthorize("hasRole('PLANNER')")
    public void stop(long versionId) {
        Job job = jobs.get(versionId);
        if (job != null && job.running) {
            manager(job.config).terminateEarly(versionId);
        }
    }

    @PreAuthorize("hasRole('PLANNER')")
    public Optional<Status> status(long versionId) {
        return Optional.ofNullable(jobs.get(versionId)).map(Job::status);
    }

    /** Follows a job (running or finished); returns false when there is none for the version. */
    @PreAuthorize("hasRole('PLANNER')")
    public boolean listen(long versionId, Consumer<Status> listener) {
        Job job = jobs.get(versionId);
        if (job == null) {
            return false;
        }
        job.listeners.add(listener);
        return true;
    }

    /** No role check: views let go of a job when they detach, when the security context may be gone already. */
    public void unlisten(long versionId, Consumer<Status> listener) {
        Job job = jobs.get(versionId);
        if (job != null) {
            job.listeners.remove(listener);
        }
    }

    private void onBest(Job job, RosterScenario scenario, Roster best) {
        job.progress.add(new Point(job.millis(), best.getScore()));
        if (System.nanoTime() - job.lastSave >= SAVE_EVERY.toNanos()) {
            save(job, scenario, best, null);
        }
        notify(job);
    }

    private void onFinal(Job job, RosterScenario scenario, Roster best) {
        if (job.progress.isEmpty() || !job.progress.get(job.progress.size() - 1).score().equals(best.getScore())) {
            job.progress.add(new Point(job.millis(), best.getScore()));
        }
        save(job, scenario, best, job.millis() / 1000.0);
        job.running = false;
        notify(job);
    }

    private void onError(Job job, Throwable e) {
        LOG.error("Solving roster version {} failed", job.versionId, e);
        job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        job.running = false;
        notify(job);
    }

    private void save(Job job, RosterScenario scenario, Roster best, Double solvingSeconds) {
        try {
            store.save(job.versionId, scenario, best, solvingSeconds);
            job.lastSave = System.nanoTime();
        } catch (RuntimeException e) {
            LOG.error("Saving roster version {} failed", job.versionId, e);
            job.error = "saving failed: " + e.getMessage();
        }
    }

    private static void notify(Job job) {
        Status status = job.status();
        for (Consumer<Status> listener : new ArrayList<>(job.listeners)) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                LOG.warn("Roster progress listener failed", e);
            }
        }
    }

    private SolverManager<Roster, Long> manager(String config) {
        return managers.computeIfAbsent(config, name -> SolverManager.create(
                SolverFactory.create(RosterSolver.config(name)), new SolverManagerConfig()));
    }

    @PreDestroy
    void close() {
        managers.values().forEach(SolverManager::close);
    }
}
