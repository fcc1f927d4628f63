package dev.frontline.quality.planactual.api;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.quality.planactual.PlanActualInputException;
import dev.frontline.quality.planactual.PlanActualService;
import dev.frontline.shared.text.Phrase;

/**
 * Plan against actual over REST for planners and HR: per queue and week (or the days of a week), forecast against
 * actual volume and AHT, required, scheduled and staffed agents, the goal against the service achieved, and the gap
 * split into its causes. Bad parameters are RFC 7807 problems naming the parameter; agents get a 403 problem.
 */
@RestController
@RequestMapping(path = "/api/v1/kpis/plan-vs-actual", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('PLANNER', 'HR')")
@Tag(name = "Plan against actual", description = "Forecast, requirement and roster against what happened, gaps explained")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "400", description = "Unknown queue, a missing or unreadable date, from after to, or a range over 26 weeks",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Neither a planner nor HR",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class PlanActualController {

    private final PlanActualService service;

    PlanActualController(PlanActualService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Week by week from the week holding 'from' to the week holding 'to' (at most 26 weeks): "
            + "forecast vs actual, required vs scheduled vs staffed, goal vs achieved, and the gap explained by "
            + "Shapley shares of volume, AHT and staffing (parts add up to achieved − goal)")
    PlanActualJson.Report weeks(
            @Parameter(description = "Queue code", example = "BILLING_TR_VOICE") @RequestParam String queue,
            @Parameter(description = "First day (ISO date)", example = "2026-09-07") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day (ISO date)", example = "2026-11-29") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return PlanActualJson.of(service.weeks(queue, from, to));
    }

    @GetMapping("/days")
    @Operation(summary = "The days of the week holding 'week', each with its gap explained")
    PlanActualJson.Report days(
            @Parameter(description = "Queue code", example = "BILLING_TR_VOICE") @RequestParam String queue,
            @Parameter(description = "Any day of the week (ISO date)", example = "2026-11-23") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
        return PlanActualJson.of(service.days(queue, week));
    }

    /** A refused parameter: 400 in the reader's language, naming the field (the view's own sentence for it). */
    @ExceptionHandler(PlanActualInputException.class)
    ProblemDetail refused(PlanActualInputException e, java.util.Locale locale) {
        Phrase reason = new Phrase(e.messageKey(), e.arguments());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                Phrase.of("rest.problem.invalid-field", e.field(), reason).render(locale));
        problem.setTitle(Phrase.of("planactual.problem.title").render(locale));
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail unreadable(MethodArgumentTypeMismatchException e, java.util.Locale locale) {
        return dev.frontline.shared.api.LocalizedApiProblems.wrongTypeProblem(e, locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e, java.util.Locale locale) {
        return dev.frontline.shared.api.LocalizedApiProblems.missingParameterProblem(e, locale);
    }
}
