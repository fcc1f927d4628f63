package dev.frontline.roster.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.frontline.jobs.JobRecord;
import dev.frontline.roster.service.Impossibility;
import dev.frontline.roster.service.RosterInsight;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.roster.service.VersionUsed;

/**
 * A roster version as the API shows it: its period and saved score, the state of its latest solve ({@code
 * NOT_SOLVED}, {@code QUEUED}, {@code SOLVING}, {@code DONE}, {@code STOPPED}, {@code FAILED}) with the node running
 * it, under-coverage before and after breaks with the least any roster of its problem could reach, the forecast and requirement versions it was built from, and the rules
 * its data make impossible.
 */
@Schema(description = "A roster version with the state of its latest solve")
record RosterJson(long id, String name, LocalDate firstDay, LocalDate lastDay,
        @Schema(description = "DRAFT, PUBLISHED or ARCHIVED") String versionStatus,
        @Schema(description = "NOT_SOLVED, QUEUED, SOLVING, DONE, STOPPED or FAILED") String status,
        @Schema(description = "Hard score: 0 when no hard rule is broken, negative otherwise") Long hard,
        @Schema(description = "Soft score (penalties of soft rules, under-coverage included)") Long soft,
        @Schema(description = "How many times a hard rule is broken") Integer brokenHardRules,
        @Schema(description = "Share of the required agent-hours not covered, before breaks, in percent") Double undercoverage,
        @Schema(description = "The same once breaks and lunches are taken out, in percent (two decimals, as undercoverage)")
        Double undercoverageAfterBreaks,
        @Schema(description = "LP lower bound of undercoverageAfterBreaks: no roster of this problem (agents, contracts, "
                + "availability, requirements) leaves less uncovered, in percent; null while it is being computed "
                + "(seconds to a minute after the version is first read)") Double lowerBoundAfterBreaks,
        List<Long> forecastVersions, List<Long> requirementVersions, List<Used> versionsUsed,
        @Schema(description = "Rules the data make impossible to keep, found when the problem was loaded")
        List<Warning> impossibilities,
        @Schema(description = "Why the saved roster cannot be read back (master data changed), else null") String loadProblem,
        Double solvingSeconds, String bestScoreSoFar, Job job) {

    /** The forecast and requirement version of one queue that the roster was built from. */
    record Used(String queue, String queueName, long forecastVersion, long requirementVersion) {

        static Used of(VersionUsed v) {
            return new Used(v.queueCode(), v.queueName(), v.forecastVersionId(), v.requirementVersionId());
        }
    }

    /** A rule the data make impossible: which, for whom (agent or office), in which week, said in a sentence. */
    record Warning(String rule, String agent, String site, LocalDate weekStart, long available, long needed,
            String message) {

        static Warning of(Impossibility i) {
            return new Warning(i.rule().name(), i.agentId(), i.site(), i.weekStart(), i.available(), i.needed(),
                    i.describe());
        }
    }

    /** The latest solve job: where it runs or ran, how often it was started, how far it got and why it failed. */
    record Job(long id, String state, String node, int attempts, double progress, int points, Instant requestedAt,
            String requestedBy, Instant finishedAt, String error) {
    }

    static RosterJson of(RosterVersionSummary version, RosterInsight insight, Optional<JobRecord> job,
                         java.util.Locale locale) {
        String status = job.map(RosterJson::status).orElse("NOT_SOLVED");
        // the curve's last point is the best score found so far
        String best = job.map(JobRecord::points).filter(points -> !points.isEmpty())
                .map(points -> points.get(points.size() - 1).value()).orElse(null);
        List<Used> used = insight.versionsUsed().stream().map(Used::of).toList();
        return new RosterJson(version.id(), version.name(), version.firstDay(), version.lastDay(),
                version.status().name(), status, version.hardScore(), version.softScore(), insight.brokenHardRules(),
                version.undercoveragePercent(), twoDecimals(insight.undercoverageAfterBreaksPercent()),
                insight.lowerBoundAfterBreaksPercent(),
                used.stream().map(Used::forecastVersion).toList(), version.requirementVersionIds(), used,
                insight.impossibilities().stream().map(Warning::of).toList(), insight.loadProblem(),
                version.solvingSeconds(), best,
                job.map(j -> new Job(j.id(), j.state().name(), j.node(), j.attempts(), j.progress(), j.points().size(),
                        j.requestedAt(), j.requestedBy(), j.finishedAt(), j.failure(locale))).orElse(null));
    }

    /** Percentages to two decimals, as {@code undercoverage} is saved. */
    private static Double twoDecimals(Double percent) {
        return percent == null ? null : Math.round(percent * 100) / 100.0;
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
