package dev.frontline.capacity.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.capacity.CapacityService;
import dev.frontline.capacity.ClassDraft;
import dev.frontline.capacity.ScenarioLevers;
import dev.frontline.capacity.StoredScenario;

/** Long-range capacity plans and their what-if scenarios: planners edit, HR reads. */
@RestController
@RequestMapping("/api/v1/capacity")
@PreAuthorize("hasAnyRole('PLANNER', 'HR')")
@Tag(name = "Capacity", description = "Weekly capacity plans, hiring classes and what-if scenarios")
class CapacityController {

    private final CapacityService capacity;

    CapacityController(CapacityService capacity) {
        this.capacity = capacity;
    }

    @GetMapping("/plans")
    @Operation(summary = "Saved plans, newest first, each saying whether its inputs changed since it was computed")
    List<CapacityJson.Plan> plans() {
        return capacity.plans().stream().map(p -> CapacityJson.Plan.of(p, capacity.outOfDate(p.id()))).toList();
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "One plan", description = "404 when there is none with that id")
    CapacityJson.Plan plan(@PathVariable long id) {
        return CapacityJson.Plan.of(capacity.plan(id), capacity.outOfDate(id));
    }

    @PostMapping("/plans")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Plan the weeks from this Monday (52 up to what the forecast reaches) with a baseline scenario",
            description = "201 with the plan; 400 naming the field (name missing or taken, weeks out of range)")
    ResponseEntity<CapacityJson.Plan> createPlan(@RequestBody CapacityJson.NewPlan body) {
        var plan = capacity.createPlan(body.name(), body.weeks() == null ? CapacityService.MIN_WEEKS : body.weeks());
        return ResponseEntity.created(URI.create("/api/v1/capacity/plans/" + plan.id()))
                .body(CapacityJson.Plan.of(plan, false));
    }

    @PostMapping("/plans/{id}/recompute")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Recompute every scenario of the plan from today's forecasts, agents, exits and training")
    CapacityJson.Plan recompute(@PathVariable long id) {
        capacity.recompute(id);
        return CapacityJson.Plan.of(capacity.plan(id), false);
    }

    @PostMapping("/plans/{id}/apply")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Choose the plan's scenario", description = "409 when the plan changed since version")
    CapacityJson.Plan apply(@PathVariable long id, @RequestParam int version, @RequestParam long scenario) {
        return CapacityJson.Plan.of(capacity.apply(id, version, scenario), capacity.outOfDate(id));
    }

    @DeleteMapping("/plans/{id}")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Delete a plan with its scenarios")
    ResponseEntity<Void> deletePlan(@PathVariable long id) {
        capacity.deletePlan(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/scenarios")
    @Operation(summary = "The scenarios of a plan side by side: levers and figures")
    List<CapacityJson.Scenario> scenarios(@RequestParam long plan) {
        return capacity.scenarios(plan).stream().map(CapacityJson.Scenario::of).toList();
    }

    @GetMapping("/scenarios/{id}")
    @Operation(summary = "A scenario with its hiring classes and every queue's weeks (required, supply, gap, bands)")
    CapacityJson.ScenarioDetail scenario(@PathVariable long id) {
        return CapacityJson.ScenarioDetail.of(capacity.scenario(id));
    }

    @PostMapping("/scenarios")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Add a what-if to a plan (at most four) and compute it", description = "400 naming the field: "
            + "attrition that would fall below zero, a service goal above 100 %, a negative budget, a name taken")
    ResponseEntity<CapacityJson.Scenario> addScenario(@RequestParam long plan, @RequestBody CapacityJson.NewScenario body) {
        StoredScenario s = capacity.addScenario(plan, body.name(),
                body.levers() == null ? ScenarioLevers.NONE : body.levers());
        return ResponseEntity.created(URI.create("/api/v1/capacity/scenarios/" + s.id())).body(CapacityJson.Scenario.of(s));
    }

    @PutMapping("/scenarios/{id}")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Change a scenario's levers at the version read and recompute it; other scenarios stay")
    CapacityJson.Scenario updateScenario(@PathVariable long id, @RequestParam int version,
            @RequestBody CapacityJson.NewScenario body) {
        return CapacityJson.Scenario.of(capacity.updateScenario(id, version, body.name(),
                body.levers() == null ? ScenarioLevers.NONE : body.levers()));
    }

    @DeleteMapping("/scenarios/{id}")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Delete a what-if (the baseline stays)")
    ResponseEntity<Void> deleteScenario(@PathVariable long id) {
        capacity.deleteScenario(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/scenarios/{id}/classes")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Add the planner's own class and plan the scenario again with its other classes as they are",
            description = "400 naming the field: a start in the past or not a Monday (start), a class larger than the "
                    + "room (size), an unknown queue, path or site (queueCode, pathCode, siteCode)")
    CapacityJson.ScenarioDetail addClass(@PathVariable long id, @RequestBody ClassDraft draft) {
        return CapacityJson.ScenarioDetail.of(capacity.addClass(id, draft));
    }

    @PutMapping("/scenarios/{id}/classes/{classId}")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Change a class (start, size, path, site); it becomes the planner's and the scenario is "
            + "planned again", description = "400 naming the field, as for adding; 404 when the scenario has no such class")
    CapacityJson.ScenarioDetail updateClass(@PathVariable long id, @PathVariable long classId,
            @RequestBody ClassDraft draft) {
        return CapacityJson.ScenarioDetail.of(capacity.updateClass(id, classId, draft));
    }

    @DeleteMapping("/scenarios/{id}/classes/{classId}")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Remove a class, proposed or the planner's, and plan the scenario again without it")
    CapacityJson.ScenarioDetail removeClass(@PathVariable long id, @PathVariable long classId) {
        return CapacityJson.ScenarioDetail.of(capacity.removeClass(id, classId));
    }

    @PostMapping("/scenarios/{id}/propose")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Drop the proposed classes and let the optimiser propose again around the planner's classes")
    CapacityJson.ScenarioDetail propose(@PathVariable long id) {
        return CapacityJson.ScenarioDetail.of(capacity.propose(id));
    }
}
