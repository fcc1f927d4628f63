package dev.frontline.training.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.training.LearningCurves;
import dev.frontline.training.ProficiencyOnDate;
import dev.frontline.training.TrainingException;
import dev.frontline.training.TrainingSupplyService;
import dev.frontline.training.engine.LearningCurve;
import dev.frontline.training.engine.LearningCurveFit;
import dev.frontline.training.engine.Refusal;
import dev.frontline.training.OffPhone.Month;
import dev.frontline.training.OffPhone.Scope;

/** What training supplies and costs: the learning curve, time to proficiency per path, off-phone hours and budgets. */
@RestController
@RequestMapping("/api/v1/training")
@PreAuthorize("hasAnyRole('HR', 'PLANNER')")
@Tag(name = "Training", description = "Courses with prerequisites, paths, enrolments and results")
class TrainingSupplyController {

    private final TrainingSupplyService supply;

    TrainingSupplyController(TrainingSupplyService supply) {
        this.supply = supply;
    }

    record CurvePoint(double weeks, double relativeAht) {
    }

    record LearningCurveBody(String source, LearningCurve.Form form, double initialExtra, double shape,
                             double weeksToProficientFromHalf, Double plateau, Double rSquared, int agents,
                             int agentDays, List<LearningCurveFit.WeekPoint> points, List<CurvePoint> curve,
                             double configuredWeeksToProficientFromHalf) {
    }

    @GetMapping("/learning-curve")
    @Operation(summary = "The learning curve in use", description = "FITTED from the new hires' AHT relative to "
            + "experienced agents of their team by weeks since hire (weekly means as points, weighted R², agents and "
            + "agent-days behind it), or CONFIGURED when the KPI history holds too few; the curve as relative AHT by "
            + "week, and the weeks a skill gained at proficiency 0.5 needs to reach 95 % of full")
    LearningCurveBody learningCurve() {
        LearningCurves.InUse inUse = supply.learningCurve();
        LearningCurve curve = inUse.curve();
        double plateau = inUse.fit().map(LearningCurveFit.Result::plateau).orElse(1.0);
        List<CurvePoint> line = IntStream.rangeClosed(0, LearningCurveFit.WEEKS)
                .mapToObj(w -> new CurvePoint(w, plateau * curve.relativeAht(w))).toList();
        return new LearningCurveBody(inUse.fitted() ? "FITTED" : "CONFIGURED", curve.form(), curve.initialExtra(),
                curve.shape(), curve.weeksToProficient(0.5, ProficiencyOnDate.FULL),
                inUse.fit().map(LearningCurveFit.Result::plateau).orElse(null),
                inUse.fit().map(LearningCurveFit.Result::rSquared).orElse(null),
                inUse.fit().map(LearningCurveFit.Result::agents).orElse(0),
                inUse.fit().map(LearningCurveFit.Result::agentDays).orElse(0),
                inUse.fit().map(LearningCurveFit.Result::points).orElse(List.of()), line,
                inUse.configured().weeksToProficient(0.5, ProficiencyOnDate.FULL));
    }

    record PathTimeBody(String path, String name, String purpose, int finished, Double courseDays, Double startLevel,
                        double rampWeeks, Double totalWeeks) {
    }

    @GetMapping("/time-to-proficiency")
    @Operation(summary = "Time to proficiency per path", description = "Median days from enrolment to the last course "
            + "of the agents who finished the path, then the learning curve's weeks from the level the path leaves "
            + "them at (nesting level, or its last skill course's proficiency) to 95 % of full")
    List<PathTimeBody> timeToProficiency() {
        return supply.timeToProficiency().stream().map(t -> new PathTimeBody(t.path().path().code(),
                t.path().path().name(), t.path().path().purpose().getLiteral(), t.time().finished(),
                t.time().courseDays(), t.time().startLevel(), t.time().rampWeeks(), t.time().totalWeeks())).toList();
    }

    @GetMapping("/off-phone")
    @Operation(summary = "Off-phone hours per month of each site (home site) or team, against the budget",
            description = "by=SITE or TEAM, from and to as YYYY-MM (at most 36 months). taken: results dated that "
                    + "month; planned: open enrolments due that month; budget: HR's hours, or null")
    List<Month> offPhone(@RequestParam(defaultValue = "SITE") String by, @RequestParam String from,
                               @RequestParam String to) {
        return supply.offPhone(scope(by), month("from", from), month("to", to));
    }

    record BudgetBody(BigDecimal hours) {
    }

    @PutMapping("/budgets/{by}/{code}/{month}")
    @PreAuthorize("hasRole('HR')")
    @Operation(summary = "Set a site's or team's off-phone budget for a month (HR)", description = "by=SITE or TEAM, "
            + "month as YYYY-MM; hours 0 to 100000 to one decimal, null removes the budget. 204; 404 an unknown code")
    ResponseEntity<Void> setBudget(@PathVariable String by, @PathVariable String code, @PathVariable String month,
                                   @RequestBody BudgetBody body) {
        supply.setBudget(scope(by), code, month("month", month), body == null ? null : body.hours());
        return ResponseEntity.noContent().build();
    }

    private static Scope scope(String by) {
        try {
            return Scope.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TrainingException(TrainingException.Kind.BAD_INPUT, Refusal.of("by", "scope", by));
        }
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new TrainingException(TrainingException.Kind.BAD_INPUT, Refusal.of(field, "month-format", value));
        }
    }
}
