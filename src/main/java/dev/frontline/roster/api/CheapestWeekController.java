package dev.frontline.roster.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.api.JobJson;
import dev.frontline.roster.service.CheapestWeek;
import dev.frontline.roster.service.CheapestWeekRefusal;
import dev.frontline.roster.service.CheapestWeekRequest;
import dev.frontline.roster.service.CheapestWeekResult;
import dev.frontline.roster.service.WeekCost;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * "Find the cheapest week for this cohort's course" over REST, for planners: queue the what-if, follow it, read each
 * week's coverage cost and the cheapest, stop it. Refusals are RFC 7807 problem details naming the field.
 */
@RestController
@RequestMapping(path = "/api/v1/training/cheapest-week", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('PLANNER')")
@Tag(name = "Training what-if", description = "The coverage cost of a cohort's course in each candidate week")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "403", description = "Not a planner",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class CheapestWeekController {

    private final CheapestWeek whatIf;
    private final JobService jobs;

    CheapestWeekController(CheapestWeek whatIf, JobService jobs) {
        this.whatIf = whatIf;
        this.jobs = jobs;
    }

    /** A week as the API gives it: the figures and what they mean in points. */
    record WeekJson(LocalDate week, boolean measured, int courseDays, int cohortRostered, double requiredAgentHours,
            double unmetAgentHoursWithout, double unmetAgentHoursWith, double extraUnmetAgentHours,
            double extraUndercoveragePoints,
            @Schema(description = "Sessions the what-if solve placed in the week") int sessionsPlaced,
            @Schema(description = "Required agent-hours after breaks the placed sessions leave unmet in the solved "
                    + "roster; null for a week measured before what-if solves") Double solvedExtraUnmetAgentHours,
            String notMeasuredBecause) {

        static WeekJson of(WeekCost w) {
            return new WeekJson(w.week(), w.planned(), w.courseDays(), w.cohortRostered(), w.requiredHours(),
                    w.baseUnmetHours(), w.withCourseUnmetHours(), w.extraUnmetHours(), w.extraPoints(),
                    w.placedSessions(), w.solvedExtraHours(), w.reason());
        }
    }

    /** The what-if as a job: its state and progress, the weeks measured so far, the cheapest and the answer. */
    record WhatIfJson(@JsonUnwrapped JobJson job, String course, int cohortSize, List<WeekJson> weeks,
            LocalDate cheapestWeek, String answer) {

        static WhatIfJson of(JobRecord job, CheapestWeekResult result, Locale locale) {
            return new WhatIfJson(JobJson.of(job, locale), result.courseCode(), result.cohortSize(),
                    result.weeks().stream().map(WeekJson::of).toList(),
                    result.cheapest().map(WeekCost::week).orElse(null),
                    job.active() ? null : result.explanation().render(locale));
        }
    }

    /** What to try; everything but the course may be left out (see the operation's description). */
    record CheapestWeekBody(@Schema(description = "Course code", example = "CHAT-201") String courseCode,
            @Schema(description = "The cohort; default: the agents with an open enrolment on the course")
            List<String> employeeNumbers,
            @Schema(description = "A day of the first week to try; default: next Monday") LocalDate firstWeek,
            @Schema(description = "Weeks to try, 1-8; default 4") Integer weeks) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Find the cheapest week for a cohort's course, as a background job",
            description = "courseCode is required; employeeNumbers defaults to the agents with an open enrolment on the"
                    + " course, firstWeek to next Monday (any day picks its week), weeks to 4 (1-8). Each week is"
                    + " measured by the roster's LP lower bound before breaks, with and without the cohort off the"
                    + " phones on the course's days (one session a day from Monday). Answers 202; GET the location"
                    + " until state is DONE.")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "422", description = "Unknown course or agent, a course of more sessions than working"
            + " days, weeks out of range, a past week, no cohort, or a search of the course already running (field"
            + " names which)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<WhatIfJson> start(@RequestBody CheapestWeekBody request, Locale locale) {
        CheapestWeekRequest withDefaults = new CheapestWeekRequest(request.courseCode(), request.employeeNumbers(),
                request.firstWeek(), request.weeks() == null ? 4 : request.weeks());
        JobRecord job = whatIf.submit(withDefaults);
        return ResponseEntity.accepted().location(URI.create("/api/v1/training/cheapest-week/jobs/" + job.id()))
                .body(WhatIfJson.of(job, whatIf.result(job), locale));
    }

    @GetMapping("/jobs/{jobId}")
    @Operation(summary = "A cheapest-week search: QUEUED, RUNNING, DONE, CANCELLED or FAILED, with the weeks measured")
    @ApiResponse(responseCode = "404", description = "No such search",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    WhatIfJson job(@PathVariable long jobId, Locale locale) {
        JobRecord job = found(jobId);
        return WhatIfJson.of(job, whatIf.result(job), locale);
    }

    @DeleteMapping("/jobs/{jobId}")
    @Operation(summary = "Stop a cheapest-week search; the weeks it measured stay")
    @ApiResponse(responseCode = "202", description = "Asked to stop")
    ResponseEntity<Void> stop(@PathVariable long jobId) {
        jobs.cancel(found(jobId).id());
        return ResponseEntity.accepted().build();
    }

    private JobRecord found(long jobId) {
        return whatIf.job(jobId).orElseThrow(() -> new UnknownEntityException("jobId",
                Phrase.of("rest.unknown.cheapest-week-search", String.valueOf(jobId))));
    }

    @ExceptionHandler(CheapestWeekRefusal.class)
    ProblemDetail refused(CheapestWeekRefusal e, java.util.Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                Phrase.of("rest.problem.invalid-field", e.field(), e.reason()).render(locale));
        problem.setProperty("field", e.field());
        problem.setProperty("rule", e.reason().key());
        return problem;
    }
}
