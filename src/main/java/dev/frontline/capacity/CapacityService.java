package dev.frontline.capacity;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.capacity.engine.CapacityInputException;
import dev.frontline.capacity.engine.CapacityPlan;
import dev.frontline.capacity.engine.CapacityPlanner;
import dev.frontline.capacity.engine.HiringClass;
import dev.frontline.capacity.engine.HiringOptimiser;
import dev.frontline.capacity.engine.OnboardingPath;
import dev.frontline.capacity.persistence.CapacityPlanRepository;
import dev.frontline.security.CurrentUser;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.text.Phrase;

/**
 * Long-range capacity plans and their what-if scenarios (issue 18): planners create, compute, compare and apply; HR
 * reads. A scenario is computed from the centre's current records with its levers applied, the optimiser's proposed
 * classes added to the planner's own, and saved with the fingerprint of those records, so a later reader sees when it
 * has gone out of date.
 */
@Service
public class CapacityService {

    public static final int MIN_WEEKS = 52;
    public static final int MAX_SCENARIOS = 4;

    /** A scenario with its computed weeks and classes, and whether its inputs have changed since. */
    public record ScenarioDetail(StoredScenario scenario, List<QueueWeek> weeks,
            List<HiringClass> classes, boolean outOfDate) {
    }

    private final CapacityPlanRepository plans;
    private final CapacityInputs inputs;
    private final ScenarioQuality quality;
    private final CurrentUser currentUser;
    private final Clock clock;

    CapacityService(CapacityPlanRepository plans, CapacityInputs inputs, ScenarioQuality quality,
            CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.inputs = inputs;
        this.quality = quality;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * This week's Monday: where a new plan starts, as the long-range forecast does (the Monday after the last complete
     * history week), so a plan can reach the forecast's full 78 weeks.
     */
    public LocalDate thisMonday() {
        return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The longest plan the demand forecast can feed. */
    public int maxWeeks() {
        return inputs.maxWeeks();
    }

    // ------------------------------------------------------------------ reading (planners and HR)

    @PreAuthorize("hasAnyRole('PLANNER', 'HR')")
    @Transactional(readOnly = true)
    public List<CapacityPlanSummary> plans() {
        return plans.plans();
    }

    @PreAuthorize("hasAnyRole('PLANNER', 'HR')")
    @Transactional(readOnly = true)
    public CapacityPlanSummary plan(long id) {
        return plans.plan(id).orElseThrow(() -> new CapacityRefusal("plan", Phrase.of("capacity.error.no-plan", id)));
    }

    @PreAuthorize("hasAnyRole('PLANNER', 'HR')")
    @Transactional(readOnly = true)
    public List<StoredScenario> scenarios(long planId) {
        plan(planId);
        return plans.scenarios(planId);
    }

    @PreAuthorize("hasAnyRole('PLANNER', 'HR')")
    @Transactional(readOnly = true)
    public ScenarioDetail scenario(long scenarioId) {
        StoredScenario s = stored(scenarioId);
        return new ScenarioDetail(s, plans.weeks(scenarioId), plans.classes(scenarioId), outOfDate(s, inputs.fingerprint()));
    }

    /** A computed scenario's expected QA and FCR with their standard errors (empty before it is computed). */
    @PreAuthorize("hasAnyRole('PLANNER', 'HR')")
    @Transactional(readOnly = true)
    public java.util.Optional<dev.frontline.capacity.ExpectedQuality> expectedQuality(
            long scenarioId) {
        stored(scenarioId);
        return quality.saved(scenarioId);
    }

    /** True when any scenario of the plan was computed from records that have changed since. */
    @PreAuthorize("hasAnyRole('PLANNER', 'HR')")
    @Transactional(readOnly = true)
    public boolean outOfDate(long planId) {
        String now = inputs.fingerprint();
        return plans.scenarios(planId).stream().anyMatch(s -> outOfDate(s, now));
    }

    private static boolean outOfDate(StoredScenario s, String fingerprint) {
        return s.computedAt() == null || !fingerprint.equals(s.inputsFingerprint());
    }

    // ------------------------------------------------------------------ planning (planners)

    /** A new plan of {@code weeks} weeks from this Monday with its default scenario computed. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public CapacityPlanSummary createPlan(String name, int weeks) {
        if (name == null || name.isBlank()) {
            throw new CapacityRefusal("name", Phrase.of("capacity.error.name-required"));
        }
        if (weeks < MIN_WEEKS || weeks > maxWeeks()) {
            throw new CapacityRefusal("weeks", Phrase.of("capacity.error.weeks", MIN_WEEKS, maxWeeks(), weeks));
        }
        if (plans.planNamed(name.trim()).isPresent()) {
            throw new CapacityRefusal("name", Phrase.of("capacity.error.plan-name-taken", name.trim()));
        }
        long id = plans.insertPlan(name.trim(), thisMonday(), weeks, actor());
        long scenario = plans.insertScenario(id, "Baseline", true, ScenarioLevers.NONE, actor());
        compute(scenario);
        return plans.plan(id).orElseThrow();
    }

    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public void deletePlan(long id) {
        plan(id);
        plans.deletePlan(id);
    }

    /** A what-if on the plan, checked and computed. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public StoredScenario addScenario(long planId, String name, ScenarioLevers levers) {
        plan(planId);
        List<StoredScenario> existing = plans.scenarios(planId);
        if (existing.size() >= MAX_SCENARIOS) {
            throw new CapacityRefusal("name", Phrase.of("capacity.error.too-many", MAX_SCENARIOS));
        }
        checkName(name, existing, -1);
        check(levers);
        long id = plans.insertScenario(planId, name.trim(), false, levers, actor());
        compute(id);
        return stored(id);
    }

    /** Changes a scenario's levers and recomputes it; the plan's other scenarios are left as they are. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public StoredScenario updateScenario(long scenarioId, int version, String name, ScenarioLevers levers) {
        StoredScenario s = stored(scenarioId);
        checkName(name, plans.scenarios(s.planId()), scenarioId);
        check(levers);
        if (!plans.updateLevers(scenarioId, version, name.trim(), levers)) {
            throw new CapacityRefusal("version", Phrase.of("capacity.error.stale"));
        }
        compute(scenarioId);
        return stored(scenarioId);
    }

    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public void deleteScenario(long scenarioId) {
        StoredScenario s = stored(scenarioId);
        if (s.isDefault()) {
            throw new CapacityRefusal("scenario", Phrase.of("capacity.error.default-kept"));
        }
        plans.deleteScenario(scenarioId);
    }

    /** Recomputes every scenario of the plan from today's records. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public void recompute(long planId) {
        plan(planId);
        for (StoredScenario s : plans.scenarios(planId)) {
            compute(s.id());
        }
    }

    /** Makes a scenario the plan's chosen one. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public CapacityPlanSummary apply(long planId, int version, long scenarioId) {
        StoredScenario s = stored(scenarioId);
        if (s.planId() != planId) {
            throw new CapacityRefusal("scenario", Phrase.of("capacity.error.other-plan"));
        }
        if (!plans.apply(planId, version, scenarioId)) {
            throw new CapacityRefusal("version", Phrase.of("capacity.error.stale"));
        }
        return plans.plan(planId).orElseThrow();
    }

    /** Adds a planner's class to a scenario and recomputes it: the optimiser then proposes around it. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public ScenarioDetail addClass(long scenarioId, ClassDraft draft) {
        StoredScenario s = stored(scenarioId);
        CapacityPlanSummary plan = plan(s.planId());
        if (draft.queueCode() == null || draft.queueCode().isBlank()) {
            throw new CapacityRefusal("queueCode", Phrase.of("capacity.error.queue-required"));
        }
        if (draft.start() == null) {
            throw new CapacityRefusal("start", Phrase.of("capacity.error.start-required"));
        }
        if (draft.start().isBefore(today())) {
            throw new CapacityRefusal("start", Phrase.of("capacity.error.start-past", draft.start(), today()));
        }
        if (draft.start().getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new CapacityRefusal("start", Phrase.of("capacity.error.start-monday", draft.start()));
        }
        if (draft.start().isAfter(plan.firstWeek().plusWeeks(plan.weeks() - 1))) {
            throw new CapacityRefusal("start", Phrase.of("capacity.error.start-after-plan", draft.start()));
        }
        if (draft.size() == null || draft.size() < 1) {
            throw new CapacityRefusal("size", Phrase.of("capacity.error.size-positive"));
        }
        CapacityInputs.Base base = inputs.read(plan.firstWeek(), plan.weeks(), today());
        OnboardingPath path = base.paths().get(draft.queueCode());
        if (base.queues().stream().noneMatch(q -> q.queueCode().equals(draft.queueCode()))) {
            throw new CapacityRefusal("queueCode", Phrase.of("capacity.error.queue-unknown", draft.queueCode()));
        }
        if (path == null) {
            throw new CapacityRefusal("queueCode", Phrase.of("capacity.error.no-onboarding-path"));
        }
        path = CapacityInputs.withLevers(path, s.levers());
        if (draft.size() > path.roomSeats()) {
            throw new CapacityRefusal("size", Phrase.of("capacity.error.size-room", draft.size(), path.roomSeats()));
        }
        String site = base.queues().stream().filter(q -> q.queueCode().equals(draft.queueCode())).findFirst()
                .orElseThrow().siteCode();
        List<HiringClass> mine = new ArrayList<>(plannerClasses(scenarioId));
        mine.add(new HiringClass(draft.queueCode(), site, draft.start(), draft.size(), path, false));
        compute(s, base, mine);
        return scenario(scenarioId);
    }

    /** Removes the planner's classes from a scenario and recomputes it. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public ScenarioDetail clearPlannerClasses(long scenarioId) {
        StoredScenario s = stored(scenarioId);
        CapacityPlanSummary plan = plan(s.planId());
        compute(s, inputs.read(plan.firstWeek(), plan.weeks(), today()), List.of());
        return scenario(scenarioId);
    }

    // ------------------------------------------------------------------ computing

    private void compute(long scenarioId) {
        StoredScenario s = stored(scenarioId);
        CapacityPlanSummary plan = plans.plan(s.planId()).orElseThrow();
        compute(s, inputs.read(plan.firstWeek(), plan.weeks(), today()), plannerClasses(scenarioId));
    }

    private List<HiringClass> plannerClasses(long scenarioId) {
        return plans.classes(scenarioId).stream().filter(c -> !c.proposed()).toList();
    }

    private void compute(StoredScenario s, CapacityInputs.Base base, List<HiringClass> plannerClasses) {
        try {
            CapacityInputs.Prepared prepared = inputs.apply(base, s.levers(), plannerClasses);
            HiringOptimiser.Proposal proposal = HiringOptimiser.propose(prepared.input(), prepared.limits(),
                    Cancellation.NONE);
            List<HiringClass> classes = new ArrayList<>(prepared.input().classes());
            classes.addAll(proposal.classes());
            CapacityPlan plan = CapacityPlanner.plan(prepared.input().withClasses(classes));
            plans.saveResult(s.id(), plan, inputs.fingerprint(), proposal.status());
            quality.save(s.id(), base, prepared, classes, s.levers(), today());
        } catch (CapacityInputException e) {
            throw new CapacityRefusal(e.field(), Phrase.of("capacity.error.input", e.getMessage()));
        }
    }

    /** Checks a scenario's levers; the first broken rule refuses it, naming its field. */
    void check(ScenarioLevers l) {
        if (l.attritionPoints() < -50 || l.attritionPoints() > 50) {
            throw new CapacityRefusal("attritionPoints", Phrase.of("capacity.error.attrition-range", l.attritionPoints()));
        }
        if (l.attritionPoints() < 0) {
            double current = CapacityInputs.annualTurnoverPercent(inputsHazards());
            if (current + l.attritionPoints() < 0) {
                throw new CapacityRefusal("attritionPoints", Phrase.of("capacity.error.attrition-negative",
                        l.attritionPoints(), current));
            }
        }
        if (l.volumePercent() <= -100 || l.volumePercent() > 200) {
            throw new CapacityRefusal("volumePercent", Phrase.of("capacity.error.percent-range", l.volumePercent()));
        }
        if (l.ahtPercent() <= -100 || l.ahtPercent() > 200) {
            throw new CapacityRefusal("ahtPercent", Phrase.of("capacity.error.percent-range", l.ahtPercent()));
        }
        if (l.serviceLevelPercent() != null && (l.serviceLevelPercent() <= 0 || l.serviceLevelPercent() > 100)) {
            throw new CapacityRefusal("serviceLevelPercent", Phrase.of("capacity.error.goal-range", l.serviceLevelPercent()));
        }
        if (l.thresholdSeconds() != null && (l.thresholdSeconds() < 1 || l.thresholdSeconds() > 3600)) {
            throw new CapacityRefusal("thresholdSeconds", Phrase.of("capacity.error.threshold-range", l.thresholdSeconds()));
        }
        if (l.occupancyCapPercent() != null && (l.occupancyCapPercent() <= 0 || l.occupancyCapPercent() > 100)) {
            throw new CapacityRefusal("occupancyCapPercent", Phrase.of("capacity.error.goal-range", l.occupancyCapPercent()));
        }
        if (l.classroomWeeks() != null && (l.classroomWeeks() < 0 || l.classroomWeeks() > 26)) {
            throw new CapacityRefusal("classroomWeeks", Phrase.of("capacity.error.classroom-range", l.classroomWeeks()));
        }
        if (l.nestingWeeks() != null && (l.nestingWeeks() < 0 || l.nestingWeeks() > 26)) {
            throw new CapacityRefusal("nestingWeeks", Phrase.of("capacity.error.nesting-range", l.nestingWeeks()));
        }
        if (l.coachingHoursPerWeek() != null && (l.coachingHoursPerWeek() < 0 || l.coachingHoursPerWeek() > 20)) {
            throw new CapacityRefusal("coachingHoursPerWeek",
                    Phrase.of("capacity.error.coaching-range", l.coachingHoursPerWeek()));
        }
        if (l.hiringBudget() != null && l.hiringBudget() < 0) {
            throw new CapacityRefusal("hiringBudget", Phrase.of("capacity.error.budget-negative", l.hiringBudget()));
        }
    }

    private List<dev.frontline.attrition.engine.BandHazard> inputsHazards() {
        return inputs.hazards();
    }

    private void checkName(String name, List<StoredScenario> existing, long self) {
        if (name == null || name.isBlank()) {
            throw new CapacityRefusal("name", Phrase.of("capacity.error.name-required"));
        }
        if (existing.stream().anyMatch(s -> s.id() != self && s.name().equals(name.trim()))) {
            throw new CapacityRefusal("name", Phrase.of("capacity.error.scenario-name-taken", name.trim()));
        }
    }

    private StoredScenario stored(long scenarioId) {
        return plans.scenario(scenarioId)
                .orElseThrow(() -> new CapacityRefusal("scenario", Phrase.of("capacity.error.no-scenario", scenarioId)));
    }

    private String actor() {
        return currentUser.get().map(u -> u.getUsername()).orElse(AuditTrail.SYSTEM_ACTOR);
    }
}
