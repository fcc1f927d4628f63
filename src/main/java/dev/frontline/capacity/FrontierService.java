package dev.frontline.capacity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.capacity.engine.HiringClass;
import dev.frontline.capacity.engine.frontier.FrontierInput;
import dev.frontline.capacity.engine.frontier.FrontierLevers;
import dev.frontline.capacity.engine.frontier.SpeedQualityFrontier;
import dev.frontline.capacity.persistence.CapacityPlanRepository;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.text.Phrase;

/**
 * The speed–quality frontier of a capacity plan (issue 18, item 4): computed around the plan's chosen scenario (the
 * applied one, else its baseline) from the centre's records, and a chosen point turned into a scenario that the hiring
 * optimisation then plans. Planners choose; HR reads.
 */
@Service
public class FrontierService {

    /** The name of the scenario a chosen point becomes (updated when it exists). */
    public static final String CHOICE_NAME = "Frontier choice";

    /** A plan's frontier and the scenario it was computed around. */
    public record Frontier(long planId, StoredScenario around, SpeedQualityFrontier.Result result) {
    }

    private final CapacityPlanRepository plans;
    private final CapacityInputs inputs;
    private final QualityModels models;
    private final CapacityService capacity;
    private final Clock clock;
    /** The last frontier per plan, with the key it was computed for: the grid takes seconds. */
    private final Map<Long, Map.Entry<String, Frontier>> cache = new ConcurrentHashMap<>();

    FrontierService(CapacityPlanRepository plans, CapacityInputs inputs, QualityModels models, CapacityService capacity,
            Clock clock) {
        this.plans = plans;
        this.inputs = inputs;
        this.models = models;
        this.capacity = capacity;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('PLANNER', 'HR')")
    @Transactional(readOnly = true)
    public Frontier frontier(long planId) {
        CapacityPlanSummary plan = capacity.plan(planId);
        StoredScenario around = around(plan);
        LocalDate today = LocalDate.now(clock);
        String key = around.id() + "/" + around.version() + "/" + inputs.fingerprint() + "/" + today;
        Map.Entry<String, Frontier> hit = cache.get(planId);
        if (hit != null && hit.getKey().equals(key)) {
            return hit.getValue();
        }
        CapacityInputs.Base base = inputs.read(plan.firstWeek(), plan.weeks(), today);
        List<HiringClass> mine = plans.classes(around.id()).stream().filter(c -> !c.proposed()).toList();
        CapacityInputs.Prepared prepared = inputs.apply(base, around.levers(), mine);
        QualityModels.Fitted fitted = models.fit(today, ScenarioQuality.firstPath(base.paths()),
                CapacityInputs.OCCUPANCY_CAP * 100);
        FrontierLevers current = ScenarioQuality.levers(around.levers(), prepared.paths(), fitted.practice());
        FrontierInput input = new FrontierInput(prepared.input(), prepared.paths(), base.earliestStart(),
                CapacityInputs.MIN_CLASS_SIZE, fitted.practice(), current, FrontierInput.grid(current), fitted.qa(),
                fitted.fcr(), fitted.earlyExit());
        Frontier frontier = new Frontier(planId, around, SpeedQualityFrontier.compute(input, Cancellation.NONE));
        cache.put(planId, Map.entry(key, frontier));
        return frontier;
    }

    /**
     * Makes the plan follow a point: the scenario {@value #CHOICE_NAME} gets the chosen scenario's other levers with
     * the point's, and is planned (hiring optimisation included) as any scenario is.
     */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public StoredScenario choose(long planId, FrontierLevers point) {
        CapacityPlanSummary plan = capacity.plan(planId);
        if (point == null) {
            throw new CapacityRefusal("point", Phrase.of("capacity.frontier.error.point-required"));
        }
        if (point.classroomWeeks() < 0 || point.classroomWeeks() > 26) {
            throw new CapacityRefusal("classroomWeeks", Phrase.of("capacity.error.classroom-range", point.classroomWeeks()));
        }
        StoredScenario around = around(plan);
        ScenarioLevers l = around.levers();
        // the point sets classroom and nesting weeks itself, so the scenario's onboarding length gives way to them
        ScenarioLevers chosen = new ScenarioLevers(l.attritionPoints(), l.volumePercent(), l.ahtPercent(),
                point.serviceLevelPercent(), l.thresholdSeconds(), point.occupancyCapPercent(), point.classroomWeeks(),
                l.hiringBudget(), l.homeSharePercent(), null, l.crossSkillAgents(), l.crossSkillFrom(),
                point.nestingWeeks(), point.coachingHours());
        return plans.scenarios(planId).stream().filter(s -> s.name().equals(CHOICE_NAME)).findFirst()
                .map(s -> capacity.updateScenario(s.id(), s.version(), CHOICE_NAME, chosen))
                .orElseGet(() -> capacity.addScenario(planId, CHOICE_NAME, chosen));
    }

    /** The scenario the frontier is drawn around: the applied one, else the baseline. */
    private StoredScenario around(CapacityPlanSummary plan) {
        List<StoredScenario> scenarios = plans.scenarios(plan.id());
        return scenarios.stream().filter(s -> plan.appliedScenarioId() != null && s.id() == plan.appliedScenarioId())
                .findFirst()
                .or(() -> scenarios.stream().filter(StoredScenario::isDefault).findFirst())
                .orElseThrow(() -> new CapacityRefusal("plan", Phrase.of("capacity.error.no-plan", plan.id())));
    }
}
