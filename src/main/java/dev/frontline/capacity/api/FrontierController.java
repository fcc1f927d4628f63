package dev.frontline.capacity.api;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.capacity.CapacityService;
import dev.frontline.capacity.FrontierService;
import dev.frontline.capacity.engine.frontier.FrontierLevers;
import dev.frontline.capacity.engine.frontier.FrontierPoint;
import dev.frontline.shared.text.Phrase;

/** The speed–quality frontier of a plan and a scenario's expected quality: planners choose a point, HR reads. */
@RestController
@RequestMapping("/api/v1/capacity")
@PreAuthorize("hasAnyRole('PLANNER', 'HR')")
@Tag(name = "Capacity", description = "Weekly capacity plans, hiring classes and what-if scenarios")
class FrontierController {

    private final FrontierService frontier;
    private final CapacityService capacity;

    FrontierController(FrontierService frontier, CapacityService capacity) {
        this.frontier = frontier;
        this.capacity = capacity;
    }

    /** A lever setting with its predicted speed, quality and cost, and why, in the reader's language. */
    record Point(int classroomWeeks, int nestingWeeks, double coachingHours, Double serviceLevelPercent,
            double occupancyCapPercent, boolean current, boolean efficient, double expectedServiceLevelPercent,
            double asaSeconds, int weeksBelowGoal, Double qa, Double qaMargin95, Double fcr, Double fcrMargin95,
            double earlyExitChangePoints, int hires, double hireFteWeeks, double coachingFteWeeks, double costFteWeeks,
            List<String> why) {

        static Point of(FrontierPoint p, Locale locale) {
            FrontierLevers l = p.levers();
            return new Point(l.classroomWeeks(), l.nestingWeeks(), l.coachingHours(), l.serviceLevelPercent(),
                    l.occupancyCapPercent(), p.current(), p.efficient(), 100 * p.serviceLevel(), p.asaSeconds(),
                    p.weeksBelowGoal(), p.qa().known() ? p.qa().value() : null,
                    p.qa().known() ? p.qa().margin95() : null, p.fcr().known() ? p.fcr().value() : null,
                    p.fcr().known() ? p.fcr().margin95() : null, 100 * p.earlyExitChange(), p.hires(),
                    p.hireFteWeeks(), p.coachingFteWeeks(), p.costFteWeeks(),
                    p.why().stream().map(w -> w.render(locale)).toList());
        }
    }

    record Frontier(long planId, long scenarioId, String scenarioName, int settingsEvaluated, List<Point> points,
            List<String> notes) {
    }

    record Quality(Double qa, Double qaMargin95, Double fcr, Double fcrMargin95, int observations, int agents,
            int cohorts) {
    }

    @GetMapping("/frontier")
    @Operation(summary = "The speed–quality frontier around the plan's chosen scenario",
            description = "Each lever setting (classroom and nesting weeks, coaching hours a week, service goal, "
                    + "occupancy cap) with its expected service level and ASA, QA and FCR with 95 % margins, and "
                    + "cost; the efficient points and the current plan (all settings with all=true); notes say "
                    + "which data each model came from and which effects the data cannot tell. 404 for no plan.")
    Frontier frontier(@RequestParam long plan, @RequestParam(defaultValue = "false") boolean all, Locale locale) {
        FrontierService.Frontier f = frontier.frontier(plan);
        List<Point> points = f.result().points().stream().filter(p -> all || p.efficient() || p.current())
                .map(p -> Point.of(p, locale)).toList();
        return new Frontier(plan, f.around().id(), f.around().name(), f.result().points().size(), points,
                f.result().notes().stream().map((Phrase n) -> n.render(locale)).toList());
    }

    @PostMapping("/frontier")
    @PreAuthorize("hasRole('PLANNER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make the plan follow a point: the scenario \"" + FrontierService.CHOICE_NAME
            + "\" takes its levers and is planned", description = "400 naming the field: a classroom or nesting length "
                    + "outside 0–26 weeks, coaching outside 0–20 hours, a goal above 100 %, a fifth scenario")
    CapacityJson.Scenario choose(@RequestParam long plan, @RequestBody FrontierLevers point) {
        return CapacityJson.Scenario.of(frontier.choose(plan, point));
    }

    @GetMapping("/scenarios/{id}/quality")
    @Operation(summary = "A computed scenario's expected QA and FCR with 95 % margins",
            description = "Null figures where the quality data are too few to predict; 404 for no such scenario")
    Quality quality(@PathVariable long id) {
        return capacity.expectedQuality(id).map(q -> new Quality(q.qa(), q.qaSe() == null ? null : 1.96 * q.qaSe(),
                q.fcr(), q.fcrSe() == null ? null : 1.96 * q.fcrSe(), q.observations(), q.agents(), q.cohorts()))
                .orElse(new Quality(null, null, null, null, 0, 0, 0));
    }
}
