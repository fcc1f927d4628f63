package dev.frontline.staffing.api;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.api.JobJson;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhrasedStateException;
import dev.frontline.shared.text.RefusedValueException;
import dev.frontline.shared.text.UnknownEntityException;
import dev.frontline.staffing.RequirementJobs;
import dev.frontline.staffing.RequirementRequest;
import dev.frontline.staffing.RequirementRow;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.RequirementVersionSummary;
import dev.frontline.staffing.StaffingQueue;

/**
 * Requirement versions over REST for planners: the versions of a queue, one version with its intervals, and a new
 * version computed from the queue's latest forecast (or a chosen one) as a background job any node may run. Errors
 * are RFC 7807 problem details naming the field.
 */
@RestController
@RequestMapping(path = "/api/v1/requirement-versions", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('PLANNER')")
@Tag(name = "Requirement versions", description = "Agents required per queue and interval, computed from a forecast")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "403", description = "Not a planner",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class RequirementVersionController {

    /** The occupancy cap used when the request leaves it out: a common planning value for voice. */
    static final double DEFAULT_MAX_OCCUPANCY = 85;

    private final RequirementService requirements;
    private final RequirementJobs jobs;

    RequirementVersionController(RequirementService requirements, RequirementJobs jobs) {
        this.requirements = requirements;
        this.jobs = jobs;
    }

    /** What to compute: a queue, and optionally the forecast version (default: the queue's latest) and settings. */
    record NewRequirement(@NotBlank @Schema(description = "Queue code", example = "BILLING_TR_VOICE") String queue,
            @Schema(description = "Forecast version id; default: the queue's latest") Long forecastVersion,
            @Schema(description = "Occupancy cap in percent, above 0 and at most 100; default 85") Double maxOccupancyPercent,
            @Schema(description = "Callers' mean patience in seconds (voice then uses Erlang A)") Double patienceSeconds,
            @Schema(description = "Apply the planner's forecast adjustments; default true") Boolean useAdjustedForecast) {
    }

    /** A requirement version with its intervals. */
    record RequirementJson(RequirementVersionSummary version, String queue, List<RequirementRow> intervals) {
    }

    /**
     * A requirement computation as a job: its state, what it is doing in the request's language (the user's chosen
     * language, else Accept-Language) and, once done, the version it saved.
     */
    record ComputationJson(@JsonUnwrapped JobJson job, Long requirementVersion, String requirementVersionLocation) {

        static ComputationJson of(JobRecord job, java.util.Locale locale) {
            Long version = JobJson.savedId(job);
            return new ComputationJson(JobJson.of(job, locale), version,
                    version == null ? null : "/api/v1/requirement-versions/" + version);
        }
    }

    /** A requirement version in a list, with its queue code. */
    record RequirementListItem(String queue, RequirementVersionSummary version) {
    }

    @GetMapping
    @Operation(summary = "Requirement versions, newest first; of one queue or of all")
    List<RequirementListItem> list(@Parameter(description = "Queue code; all queues when left out")
            @RequestParam(required = false) String queue) {
        List<StaffingQueue> queues = queue == null ? requirements.queues() : List.of(queue(queue, "queue"));
        return queues.stream()
                .flatMap(q -> requirements.forecastVersions(q.id()).stream()
                        .flatMap(f -> requirements.versions(f.id()).stream())
                        .map(v -> new RequirementListItem(q.code(), v)))
                .sorted(Comparator.comparing((RequirementListItem i) -> i.version().createdAt()).reversed())
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One requirement version with its intervals")
    @ApiResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    RequirementJson version(@PathVariable long id) {
        RequirementVersionSummary version = requirements.version(id);
        String queue = requirements.queues().stream().filter(q -> q.id() == version.queueId()).map(StaffingQueue::code)
                .findFirst().orElse(null);
        return new RequirementJson(version, queue, requirements.intervals(id));
    }

    /** A day's skill supply next to its peak requirement, with the sentence in the request's language. */
    record SupplyJson(java.time.LocalDate day, String queue, int heads, double fullSpeedAgents, double meanProficiency,
            List<dev.frontline.training.SkillSupply.Ramping> ramping, int peakRequired, double peakScheduled,
            int peakHeads, String explanation) {
    }

    @GetMapping("/{id}/supply")
    @Operation(summary = "The queue's skill supply on a day of the version, each agent at their proficiency that day",
            description = "Requirements count agents at full speed; an agent still on a learning curve (after a course,"
                    + " or in nesting) counts at their proficiency on the day, so peakHeads says how many of that day's"
                    + " agents the peak takes.")
    @ApiResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The version has no interval on that day (field day)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    SupplyJson supply(@PathVariable long id, @Parameter(description = "Local day of the queue, yyyy-MM-dd")
            @RequestParam java.time.LocalDate day, java.util.Locale locale) {
        dev.frontline.staffing.DaySupply s;
        try {
            s = requirements.supply(id, day);
        } catch (RefusedValueException e) {
            throw new RequestRefused("day", e.reason());
        }
        return new SupplyJson(s.day(), s.queueName(), s.supply().heads(), s.supply().fullSpeed(),
                s.supply().meanProficiency(), s.supply().ramping(), s.peakRequired(), s.peakScheduled(), s.peakHeads(),
                s.explanation().render(locale));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compute the requirements of a queue from its latest forecast (or the one given), as a"
            + " background job",
            description = "Answers 202 with the job; GET its location until state is DONE, then read requirementVersion.")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "422", description = "Unknown queue, no forecast, a forecast of another queue, a bad"
            + " setting, or the forecast's requirements already being computed (field names which)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ComputationJson> create(@Valid @RequestBody NewRequirement request,
            java.util.Locale locale) {
        StaffingQueue queue = queue(request.queue(), "queue");
        List<ForecastVersionSummary> forecasts = requirements.forecastVersions(queue.id());
        ForecastVersionSummary forecast;
        if (request.forecastVersion() == null) {
            forecast = forecasts.stream().max(Comparator.comparing(ForecastVersionSummary::createdAt)
                            .thenComparing(ForecastVersionSummary::id))
                    .orElseThrow(() -> new RequestRefused("queue",
                            Phrase.of("staffing.refused.no-forecast", queue.code())));
        } else {
            forecast = forecasts.stream().filter(f -> f.id() == request.forecastVersion()).findFirst()
                    .orElseThrow(() -> new RequestRefused("forecastVersion", Phrase.of(
                            "staffing.refused.foreign-forecast", String.valueOf(request.forecastVersion()), queue.code())));
        }
        RequirementRequest compute;
        try {
            compute = new RequirementRequest(forecast.id(),
                    request.maxOccupancyPercent() == null ? DEFAULT_MAX_OCCUPANCY : request.maxOccupancyPercent(),
                    request.patienceSeconds(), request.useAdjustedForecast() == null || request.useAdjustedForecast());
        } catch (RefusedValueException e) {
            throw new RequestRefused(e.field(), e.reason());
        }
        JobRecord job;
        try {
            job = jobs.compute(compute);
        } catch (PhrasedStateException alreadyRunning) {
            throw new RequestRefused("forecastVersion", alreadyRunning.reason());
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/requirement-versions/jobs/" + job.id()))
                .body(ComputationJson.of(job, locale));
    }

    @GetMapping("/jobs/{jobId}")
    @Operation(summary = "A requirement computation: QUEUED, RUNNING, DONE (with requirementVersion), CANCELLED or FAILED")
    @ApiResponse(responseCode = "404", description = "No such computation",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ComputationJson job(@PathVariable long jobId, java.util.Locale locale) {
        return jobs.job(jobId).map(job -> ComputationJson.of(job, locale))
                .orElseThrow(() -> new UnknownEntityException("jobId",
                        Phrase.of("rest.unknown.requirement-computation", String.valueOf(jobId))));
    }

    private StaffingQueue queue(String code, String field) {
        return requirements.queues().stream().filter(q -> q.code().equals(code)).findFirst()
                .orElseThrow(() -> new RequestRefused(field, Phrase.of("rest.refused.unknown-queue", code)));
    }

    /** A request value the API refuses, with the field it came from and why as a sentence of the bundles. */
    static final class RequestRefused extends RuntimeException {

        private final String field;
        private final transient Phrase reason;

        RequestRefused(String field, Phrase reason) {
            super(field + ": " + reason.english());
            this.field = field;
            this.reason = reason;
        }
    }

    /** 422 in the reader's language, naming the field in the detail and in {@code field}, the rule's key in {@code rule}. */
    @ExceptionHandler(RequestRefused.class)
    ProblemDetail refused(RequestRefused e, java.util.Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                Phrase.of("rest.problem.invalid-field", e.field, e.reason).render(locale));
        problem.setProperty("field", e.field);
        problem.setProperty("rule", e.reason.key());
        return problem;
    }
}
