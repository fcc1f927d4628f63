package dev.frontline.roster.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import dev.frontline.shared.text.Phrase;
import dev.frontline.db.enums.RosterStatus;
import dev.frontline.jobs.JobConflictException;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobState;
import dev.frontline.roster.engine.RosterSolver;

/**
 * Roster solves as durable background jobs ({@link JobService}): one job per solve of a draft, run by whichever
 * node picks it ({@link RosterSolveJob}), its best score over time in the job row, the draft's content saved as it
 * improves. Status and progress come from the job row, so a page on any node follows a solve running on another,
 * and a stop reaches the node that runs it (a page follows the job row with the shared {@code JobProgressBar}).
 * Planners only.
 */
@Service
public class RosterJobs {

    public static final List<String> CONFIGS = RosterSolver.PRESETS;

    private final RosterStore store;
    private final JobService jobs;
    private final JsonMapper json;

    /** A best score found after {@code millis} of solving. */
    public record Point(long millis, HardSoftLongScore score) {
    }

    /**
     * A solve's state as a listener sees it; {@code error} is the technical text of a failure (for logs), pages say
     * why in the reader's language from {@link JobRecord#failure(java.util.Locale)}.
     */
    public record Status(long versionId, String config, boolean running, List<Point> progress, String error) {

        public Optional<Point> best() {
            return progress.isEmpty() ? Optional.empty() : Optional.of(progress.get(progress.size() - 1));
        }
    }

    /** What a solve job needs besides the version: the preset, and the caller's own time limit if any. */
    record Parameters(String config, Long spentLimitSeconds) {
    }

    RosterJobs(RosterStore store, JobService jobs, JsonMapper json) {
        this.store = store;
        this.jobs = jobs;
        this.json = json;
    }

    /**
     * Queues a solve of a draft with a preset ({@link #CONFIGS}); {@code spentLimit} (null = the preset's) caps the
     * time. Stored shifts are the starting roster and pinned ones stay as they are. Bad input (a published version,
     * missing requirements) is refused here, before anything is queued.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public Status solve(long versionId, String config, Duration spentLimit) {
        if (!CONFIGS.contains(config)) {
            throw new RosterInputException("config", Phrase.of("roster.error.config", String.valueOf(config), List.copyOf(CONFIGS)));
        }
        RosterVersionSummary version = store.version(versionId);
        if (version.status() != RosterStatus.DRAFT) {
            throw new RosterInputException("solve", Phrase.of("roster.error.solve-draft", version.name(),
                    Phrase.of("roster.status." + version.status().name())));
        }
        // checked before loading, which is the slow part; the job table's unique index decides races between nodes
        if (jobs.latest(RosterSolveJob.KIND, versionId).map(JobRecord::active).orElse(false)) {
            throw new RosterInputException("solve", Phrase.of("roster.error.solving", version.name()));
        }
        // two solves of the same weeks would each roster the same agents, and the later publish would silently win:
        // one at a time (a race between two nodes in the same instant is still possible and only costs a wasted solve)
        for (RosterVersionSummary other : store.versions().overlappingDrafts(versionId, version.firstDay(), version.lastDay())) {
            if (jobs.latest(RosterSolveJob.KIND, other.id()).map(JobRecord::active).orElse(false)) {
                throw new RosterInputException("weeks", Phrase.of("roster.error.shares-weeks", other.name(),
                        other.firstDay(), other.lastDay(), version.name()));
            }
        }
        // loaded here only to refuse bad input now, in the planner's request; the node that runs the job loads it anew
        store.load(versionId);
        store.versions().setSolverConfig(versionId, config);
        try {
            jobs.submit(RosterSolveJob.KIND, versionId,
                    new Parameters(config, spentLimit == null ? null : spentLimit.toSeconds()));
        } catch (JobConflictException alreadySolving) {
            throw new RosterInputException("solve", Phrase.of("roster.error.solving", version.name()));
        }
        return status(versionId).orElseThrow();
    }

    /** Stops a queued or running solve on whichever node runs it; its best roster so far is saved as the draft. */
    @PreAuthorize("hasRole('PLANNER')")
    public void stop(long versionId) {
        jobs.latest(RosterSolveJob.KIND, versionId).filter(JobRecord::active).ifPresent(job -> jobs.cancel(job.id()));
    }

    /** The latest solve of the version, running or ended. */
    @PreAuthorize("hasRole('PLANNER')")
    public Optional<Status> status(long versionId) {
        return jobs.latest(RosterSolveJob.KIND, versionId).map(this::status);
    }

    /** The job row of the version's latest solve: state, node, attempts, progress. */
    @PreAuthorize("hasRole('PLANNER')")
    public Optional<JobRecord> job(long versionId) {
        return jobs.latest(RosterSolveJob.KIND, versionId);
    }

    /** A solve's job row as the roster screen draws it: the preset, the best-score curve and the failure, if any. */
    public Status status(JobRecord job) {
        Parameters parameters = json.readValue(job.parameters(), Parameters.class);
        List<Point> points = job.points().stream()
                .map(p -> new Point(p.millis(), HardSoftLongScore.parseScore(p.value()))).toList();
        return new Status(job.subjectId(), parameters.config(), job.active(), points,
                job.state() == JobState.FAILED ? job.error() : null);
    }
}
