package dev.frontline.roster.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.service.RosterInputException;
import dev.frontline.roster.service.RosterJobs;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;

/**
 * Rosters over REST for planners: a draft for whole weeks, its solve as a background job on whichever node picks
 * it, and the roster's state read from any node. Errors are RFC 7807 problem details naming the field or rule.
 */
@RestController
@RequestMapping("/api/v1/rosters")
@PreAuthorize("hasRole('PLANNER')")
class RosterController {

    private final RosterService rosters;
    private final RosterJobs jobs;

    RosterController(RosterService rosters, RosterJobs jobs) {
        this.rosters = rosters;
        this.jobs = jobs;
    }

    /** A new draft: {@code firstDay} (a date) and the number of whole weeks from it. */
    record NewDraft(@NotNull LocalDate firstDay, @NotNull @Min(1) @Max(12) Integer weeks) {
    }

    @PostMapping
    @Operation(summary = "Create a roster draft for whole weeks from a first day")
    ResponseEntity<RosterJson> create(@Valid @RequestBody NewDraft draft) {
        RosterVersionSummary created = rosters.createDraft(null, draft.firstDay(),
                draft.firstDay().plusWeeks(draft.weeks()).minusDays(1));
        return ResponseEntity.status(HttpStatus.CREATED).body(json(created.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A roster version with the state of its latest solve")
    RosterJson roster(@PathVariable long id) {
        return json(id);
    }

    @PostMapping("/{id}/solve")
    @Operation(summary = "Queue a solve of a draft; any node may run it. Without seconds the preset's time applies")
    ResponseEntity<RosterJson> solve(@PathVariable long id,
                                     @RequestParam(defaultValue = RosterSolver.DEFAULT) String config,
                                     @RequestParam(required = false) @Min(1) @Max(86_400) Integer seconds) {
        jobs.solve(id, config, seconds == null ? null : Duration.ofSeconds(seconds), null);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(json(id));
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop a solve on whichever node runs it; the best roster so far is kept")
    RosterJson stop(@PathVariable long id) {
        jobs.stop(id);
        return json(id);
    }

    private RosterJson json(long id) {
        return RosterJson.of(rosters.version(id), jobs.job(id));
    }

    @ExceptionHandler(RosterInputException.class)
    ProblemDetail refused(RosterInputException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameter(HandlerMethodValidationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
                .collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the body must be JSON like {\"firstDay\":\"2027-01-04\",\"weeks\":4} (a date and a whole number)");
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail unknown(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
