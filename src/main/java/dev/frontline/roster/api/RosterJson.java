package dev.frontline.roster.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import dev.frontline.jobs.JobRecord;
import dev.frontline.roster.service.RosterVersionSummary;

/**
 * A roster version as the API shows it: its period and saved score, and the state of its latest solve ({@code
 * NOT_SOLVED}, {@code QUEUED}, {@code SOLVING}, {@code DONE}, {@code STOPPED}, {@code FAILED}) with the node running
 * it. {@code hard} is 0 when no rule is broken; {@code undercoverage} is the share of required hours not covered.
 */
record RosterJson(long id, String name, LocalDate firstDay, LocalDate lastDay, String versionStatus, String status,
        Long hard, Long soft, Double undercoverage, Double solvingSeconds, String bestScoreSoFar, Job job) {

    /** The latest solve job: where it runs or ran, how often it was started, how far it got and why it failed. */
    record Job(long id, String state, String node, int attempts, double progress, int points, Instant requestedAt,
            String requestedBy, Instant finishedAt, String error) {
    }

    static RosterJson of(RosterVersionSummary version, Optional<JobRecord> job) {
        String status = job.map(RosterJson::status).orElse("NOT_SOLVED");
        // the curve's last point is the best score found so far
        String best = job.map(JobRecord::points).filter(points -> !points.isEmpty())
                .map(points -> points.get(points.size() - 1).value()).orElse(null);
        return new RosterJson(version.id(), version.name(), version.firstDay(), version.lastDay(),
                version.status().name(), status, version.hardScore(), version.softScore(),
                version.undercoveragePercent(), version.solvingSeconds(), best,
                job.map(j -> new Job(j.id(), j.state().name(), j.node(), j.attempts(), j.progress(), j.points().size(),
                        j.requestedAt(), j.requestedBy(), j.finishedAt(), j.error())).orElse(null));
    }

    private static String status(JobRecord job) {
        return switch (job.state()) {
            case QUEUED -> "QUEUED";
            case RUNNING -> "SOLVING";
            case DONE -> "DONE";
            case CANCELLED -> "STOPPED";
            case FAILED -> "FAILED";
        };
    }
}
