package dev.frontline.forecast.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

import dev.frontline.forecast.ForecastDetail;
import dev.frontline.forecast.ForecastInputException;
import dev.frontline.forecast.ForecastQueue;
import dev.frontline.forecast.ForecastRun;
import dev.frontline.forecast.ForecastRunRequest;
import dev.frontline.forecast.ForecastRunService;
import dev.frontline.forecast.ForecastVersionService;
import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.api.JobJson;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * Forecast versions over REST for planners: the versions of a queue, one version with its intervals, and a new
 * version forecast from the latest history, run as a background job (202 with the job's location). Errors are RFC 7807
 * problem details naming the field.
 */
@RestController
@RequestMapping(path = "/api/v1/forecast-versions", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('PLANNER')")
@Tag(name = "Forecast versions", description = "Saved forecasts per queue, and new ones from the latest history")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "403", description = "Not a planner",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class ForecastVersionController {

    private final ForecastVersionService versions;
    private final ForecastRunService runs;

    ForecastVersionController(ForecastVersionService versions, ForecastRunService runs) {
        this.versions = versions;
        this.runs = runs;
    }

    /** What to forecast: a queue; the first day defaults to the day after its latest history. */
    record NewForecast(@NotBlank @Schema(description = "Queue code", example = "BILLING_TR_VOICE") String queue,
            @Schema(description = "A Monday; default: the day after the latest history") LocalDate start,
            @Schema(description = "1 to 6 weeks, default 6") Integer horizonWeeks,
            @Schema(description = "15, 30 or 60 minutes, default 15") Integer grainMinutes) {
    }

    /** A saved forecast version with its intervals (model and adjusted offered contacts and AHT). */
    record ForecastJson(ForecastVersionSummary version, String explanation, double modelTotal, double adjustedTotal,
            List<Interval> intervals) {
    }

    /** One forecast interval. */
    record Interval(Instant start, double modelOffered, double offered, double ahtSeconds) {
    }

    /**
     * A forecast run as a job: its state, what it is doing in the request's language (the user's chosen language, else
     * Accept-Language) and, once done, the version it saved.
     */
    record RunJson(@JsonUnwrapped JobJson job, Long forecastVersion, String forecastVersionLocation) {

        static RunJson of(JobRecord job, java.util.Locale locale) {
            Long version = JobJson.savedId(job);
            return new RunJson(JobJson.of(job, locale), version,
                    version == null ? null : "/api/v1/forecast-versions/" + version);
        }
    }

    @GetMapping
    @Operation(summary = "Forecast versions, newest first; of one queue or of all")
    List<ForecastVersionSummary> list(@Parameter(description = "Queue code; all queues when left out")
            @RequestParam(required = false) String queue) {
        Stream<ForecastVersionSummary> all = queue == null
                ? versions.queues().stream().map(ForecastQueue::code).flatMap(code -> versions.versions(code).stream())
                : versions.versions(queue).stream();
        return all.sorted(Comparator.comparing(ForecastVersionSummary::createdAt).reversed()).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One forecast version with its intervals")
    @ApiResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ForecastJson version(@PathVariable long id) {
        if (versions.find(id).isEmpty()) {
            throw new UnknownEntityException("id", Phrase.of("rest.unknown.forecast-version", String.valueOf(id)));
        }
        ForecastDetail detail = versions.open(id);
        return new ForecastJson(detail.version(), detail.explanation(), detail.modelTotal(), detail.adjustedTotal(),
                detail.points().stream().map(p -> new Interval(p.start(), p.model().offered(), p.adjusted().offered(),
                        p.adjusted().ahtSeconds())).toList());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Forecast a queue from its latest history, as a background job",
            description = "Answers 202 with the job; GET its location until state is DONE, then read forecastVersion.")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "422", description = "Unknown queue, no history, bad start, horizon or grain, or a"
            + " forecast of the queue is already running (field names which)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<RunJson> create(@Valid @RequestBody NewForecast request, java.util.Locale locale) {
        ForecastRun run = runs.start(new ForecastRunRequest(request.queue(), request.start(),
                request.horizonWeeks() == null ? 6 : request.horizonWeeks(),
                request.grainMinutes() == null ? 15 : request.grainMinutes()), (fraction, message) -> { });
        URI location = URI.create("/api/v1/forecast-versions/jobs/" + run.jobId());
        return ResponseEntity.accepted().location(location).body(job(run.jobId(), locale));
    }

    @GetMapping("/jobs/{jobId}")
    @Operation(summary = "A forecast run: QUEUED, RUNNING, DONE (with forecastVersion), CANCELLED or FAILED")
    RunJson job(@PathVariable long jobId, java.util.Locale locale) {
        return runs.job(jobId).map(job -> RunJson.of(job, locale))
                .orElseThrow(() -> new UnknownEntityException("jobId",
                        Phrase.of("rest.unknown.forecast-run", String.valueOf(jobId))));
    }

    @ExceptionHandler(ForecastInputException.class)
    ProblemDetail refused(ForecastInputException e, java.util.Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.detail(locale));
        problem.setProperty("field", e.field());
        return problem;
    }
}
