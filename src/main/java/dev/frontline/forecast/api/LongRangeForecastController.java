package dev.frontline.forecast.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.forecast.ForecastInputException;
import dev.frontline.forecast.LongRangeForecastResult;
import dev.frontline.forecast.LongRangeForecastService;
import dev.frontline.forecast.LongRangeOverrideInput;
import dev.frontline.forecast.StoredLongRangeOverride;
import dev.frontline.forecast.engine.LongRangeMonth;
import dev.frontline.forecast.engine.LongRangeOverride;
import dev.frontline.forecast.engine.LongRangeTrend;
import dev.frontline.forecast.engine.LongRangeWeek;
import dev.frontline.forecast.engine.LongRangeWeekDetail;
import dev.frontline.shared.text.Phrase;

/**
 * Long-range forecasts over REST (issue 17, item 3): a queue's weekly and monthly volume and AHT up to 78 weeks ahead
 * with 80/95 % intervals, each week saying where its figure came from, and the planner's overrides. Planners and HR
 * read; planners change overrides. Texts are in the request's language (Accept-Language: en, tr, pl). Errors are
 * RFC 7807 problem details naming the field.
 */
@RestController
@RequestMapping(path = "/api/v1/forecasts/long-range", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('PLANNER', 'HR')")
@Tag(name = "Long-range forecasts", description = "Weekly and monthly forecasts up to 78 weeks ahead, and planner overrides")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "403", description = "Not a planner or HR (overrides: not a planner)",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "422", description = "Unknown queue, too little history, a horizon outside 1–78 weeks, or a"
        + " refused override value (field names which)",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class LongRangeForecastController {

    private final LongRangeForecastService service;

    LongRangeForecastController(LongRangeForecastService service) {
        this.service = service;
    }

    /** A long-range forecast with its explanation. */
    record ForecastJson(String queue, String queueName, String trend, String model, Map<String, String> parameters,
            LocalDate historyFrom, LocalDate historyTo, int historyWeeks, String season, String intervals,
            String aht, List<String> notes, List<WeekJson> weeks, List<MonthJson> months, List<OverrideJson> overrides) {
    }

    /** One week: the figures a capacity plan uses, the model's before overrides, and how the figure was made. */
    record WeekJson(LocalDate weekStart, int lead, double volume, double lower80, double upper80, double lower95,
            double upper95, double ahtSeconds, double modelVolume, double underlying, double seasonalPercent,
            double volumeOverridePercent, double modelAhtSeconds, double ahtOverridePercent, List<String> overrides,
            String explanation, double ahtLower80, double ahtUpper80, double ahtLower95, double ahtUpper95) {
    }

    /** One calendar month (partial at the ends of the horizon). */
    record MonthJson(YearMonth month, int days, boolean partial, double volume, double lower80, double upper80,
            double lower95, double upper95, double ahtSeconds, double ahtLower80, double ahtUpper80, double ahtLower95,
            double ahtUpper95) {
    }

    /** A planner's override. */
    record OverrideJson(long id, LocalDate from, LocalDate to, String measure, double percent, String reason,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

        static OverrideJson of(StoredLongRangeOverride o) {
            return new OverrideJson(o.id(), o.from(), o.to(), o.measure().name(), o.percent(), o.reason(), o.createdBy(),
                    o.createdAt(), o.updatedBy(), o.updatedAt());
        }
    }

    /** A new or changed override. */
    record OverrideBody(@Schema(description = "First day the override applies", example = "2027-03-01") LocalDate from,
            @Schema(description = "Last day (inclusive); empty = to the end of any horizon") LocalDate to,
            @Schema(description = "VOLUME or AHT", example = "VOLUME") LongRangeOverride.Measure measure,
            @Schema(description = "Change in %, above -100 and at most 1000", example = "15") Double percent,
            @Schema(description = "Why, as the planner would say it", example = "New product launch") String reason) {

        LongRangeOverrideInput input() {
            return new LongRangeOverrideInput(from, to, measure, percent, reason);
        }
    }

    @GetMapping("/{queue}")
    @Operation(summary = "A queue's long-range forecast from the Monday after its last history week",
            description = "Weekly volume with 80/95 % intervals and AHT, calendar months, each week's explanation and the"
                    + " model's; the planner's overrides are applied and listed.")
    ForecastJson forecast(@PathVariable String queue,
            @Parameter(description = "1 to 78 weeks, default 78") @RequestParam(defaultValue = "78") int weeks,
            @Parameter(description = "DAMPED (default), LINEAR or NONE") @RequestParam(defaultValue = "DAMPED") LongRangeTrend trend,
            Locale locale) {
        LongRangeForecastResult r = service.forecast(queue, weeks, trend);
        List<WeekJson> weekRows = new ArrayList<>();
        for (int i = 0; i < r.weeks().size(); i++) {
            LongRangeWeek w = r.weeks().get(i);
            LongRangeWeekDetail d = r.details().get(i);
            weekRows.add(new WeekJson(w.weekStart(), d.lead(), w.volume(), w.lower80(), w.upper80(), w.lower95(), w.upper95(),
                    w.ahtSeconds(), d.modelVolume(), d.underlying(), d.seasonalPercent(), d.volumeOverridePercent(),
                    d.modelAhtSeconds(), d.ahtOverridePercent(), d.reasons(), r.explainWeek(i).render(locale),
                    d.ahtLower80(), d.ahtUpper80(), d.ahtLower95(), d.ahtUpper95()));
        }
        List<MonthJson> monthRows = r.months().stream().map((LongRangeMonth m) -> new MonthJson(m.month(), m.days(),
                m.partial(), m.volume(), m.lower80(), m.upper80(), m.lower95(), m.upper95(), m.ahtSeconds(), m.ahtLower80(),
                m.ahtUpper80(), m.ahtLower95(), m.ahtUpper95())).toList();
        var e = r.explanation();
        return new ForecastJson(r.queueCode(), r.queueName(), r.trend().name(), e.model().render(locale), e.parameters(),
                e.historyFrom(), e.historyTo(), e.historyWeeks(), e.season().name(), e.intervals().render(locale),
                e.aht().render(locale), e.notes().stream().map((Phrase p) -> p.render(locale)).toList(), weekRows, monthRows,
                r.overrides().stream().map(OverrideJson::of).toList());
    }

    @GetMapping("/{queue}/overrides")
    @Operation(summary = "The planner's overrides of a queue's long-range forecast, by first day")
    List<OverrideJson> overrides(@PathVariable String queue) {
        return service.overrides(queue).stream().map(OverrideJson::of).toList();
    }

    @PostMapping(path = "/{queue}/overrides", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Add an override (planners)", description = "e.g. a new product launch: VOLUME +15 % from 2027-03-01")
    @ApiResponse(responseCode = "201", description = "Saved")
    ResponseEntity<OverrideJson> add(@PathVariable String queue, @RequestBody OverrideBody body) {
        StoredLongRangeOverride saved = service.addOverride(queue, body.input());
        return ResponseEntity.created(URI.create("/api/v1/forecasts/long-range/" + saved.queueCode() + "/overrides/" + saved.id()))
                .body(OverrideJson.of(saved));
    }

    @PutMapping(path = "/{queue}/overrides/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Change an override (planners)")
    @ApiResponse(responseCode = "404", description = "The queue has no such override",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    OverrideJson update(@PathVariable String queue, @PathVariable long id, @RequestBody OverrideBody body) {
        return OverrideJson.of(service.updateOverride(queue, id, body.input()));
    }

    @DeleteMapping("/{queue}/overrides/{id}")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Remove an override (planners)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "The queue has no such override",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> remove(@PathVariable String queue, @PathVariable long id) {
        service.removeOverride(queue, id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(ForecastInputException.class)
    ProblemDetail refused(ForecastInputException e, java.util.Locale locale) {
        HttpStatus status = "override".equals(e.field()) ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.detail(locale));
        problem.setProperty("field", e.field());
        return problem;
    }
}
