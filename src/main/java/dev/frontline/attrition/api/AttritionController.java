package dev.frontline.attrition.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import dev.frontline.attrition.AttritionOverview;
import dev.frontline.attrition.AttritionService;
import dev.frontline.workforce.ExitReasonNames;
import dev.frontline.attrition.engine.Dimension;
import dev.frontline.attrition.engine.EarlyAttrition;
import dev.frontline.attrition.engine.ExitReasons;
import dev.frontline.attrition.engine.LeaverForecast;
import dev.frontline.attrition.engine.TurnoverTrend;

/**
 * Attrition analyses for HR and planners; agents are refused with a 403 problem. A refused parameter (an unknown
 * grouping, a month count out of range) is a {@code RefusedValueException} that the shared advice answers in the
 * reader's language, naming the parameter.
 */
@RestController
@RequestMapping("/api/v1/attrition")
@PreAuthorize("hasAnyRole('HR', 'PLANNER')")
class AttritionController {

    private final AttritionService attrition;

    AttritionController(AttritionService attrition) {
        this.attrition = attrition;
    }

    @GetMapping("/overview")
    @Operation(summary = "Headcount, exits and turnover of the last 12 months, early attrition and leavers expected")
    AttritionOverview overview() {
        return attrition.overview();
    }

    @GetMapping("/survival")
    @Operation(summary = "Kaplan–Meier survival of tenure per group with 95 % Greenwood bands and the log-rank test; "
            + "by = site, workLocation, team, tenureBand, contract, cohort or path (the onboarding path taken, "
            + "or 'none recorded')")
    AttritionJson.Survival survival(@RequestParam(defaultValue = "site") String by) {
        return AttritionJson.survival(attrition.survival(Dimension.fromParameter(by)));
    }

    record Forecast(String by, int activeAtStart, int plannedHires, List<AttritionJson.Hazard> hazardByTenure,
            List<LeaverForecast.Month> total, Map<String, List<LeaverForecast.Month>> byGroup,
            LeaverForecast.Month horizon) {
    }

    @GetMapping("/forecast")
    @Operation(summary = "Leavers expected per month with 95 % intervals, from the hazard by tenure band applied to "
            + "today's tenure mix; by = site or team (any grouping of survival works), months 1 to 18")
    Forecast forecast(@RequestParam(defaultValue = "site") String by, @RequestParam(defaultValue = "12") int months) {
        LeaverForecast forecast = attrition.forecast(Dimension.fromParameter(by), months);
        return new Forecast(by, forecast.activeAtStart(), forecast.plannedHires(),
                forecast.hazards().stream().map(AttritionJson::hazard).toList(), forecast.total(), forecast.byGroup(),
                forecast.horizon());
    }

    record Exits(List<ExitCount> byQuarterAndReason, List<TurnoverTrend.Month> turnoverByMonth,
            String turnoverFormula, EarlyAttrition.Result earlyAttrition) {
    }

    /**
     * Exits of one quarter for one reason: {@code reason} as stored (a category code such as BETTER_PAY, or what HR
     * typed) for scripts, {@code reasonName} as a reader says it, in the request's language.
     */
    record ExitCount(String quarter, String reason, String reasonName, boolean voluntary, int exits) {

        static ExitCount of(ExitReasons.Count count, Locale locale) {
            return new ExitCount(count.quarter(), count.reason(), ExitReasonNames.display(count.reason(), locale),
                    count.voluntary(), count.exits());
        }
    }

    @GetMapping("/exits")
    @Operation(summary = "Exits per quarter and reason (the reason's code and its name in the request's language), "
            + "monthly turnover (annualised) and early attrition (90 days)")
    Exits exits(Locale locale) {
        return new Exits(attrition.exitsByReason().stream().map(c -> ExitCount.of(c, locale)).toList(),
                attrition.turnoverTrend(),
                "annualised % = exits in month / ((headcount on the 1st + headcount on the next 1st) / 2) × 12 × 100",
                attrition.earlyAttrition());
    }
}
