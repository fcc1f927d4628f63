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

import dev.frontline.capacity.engine.CapacityInput;
import dev.frontline.capacity.engine.CapacityInputException;
import dev.frontline.capacity.engine.ClassEffect;
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

    /**
     * A scenario with its computed weeks and classes (also with their ids and effects on the gap), whether its inputs
     * have changed since, and where each queue's shrinkage comes from.
     */
    public record ScenarioDetail(StoredScenario scenario, List<QueueWeek> weeks,
            List<HiringClass> classes, boolean outOfDate, List<StoredClass> storedClasses, List<Phrase> shrinkageNotes) {
    }

    /** What a planner's class may be set to: onboarding paths and sites, by code. */
    public record ClassChoices(List<String> pathCodes, List<String> siteCodes) {
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
        CapacityPlanSummary plan = plans.plan(s.planId()).orElseThrow();
        List<QueueWeek> weeks = plans.weeks(scenarioId);
        List<StoredClass> stored = plans.storedClasses(scenarioId);
        return new ScenarioDetail(s, weeks, stored.stream().map(StoredClass::hiringClass).toList(),
                outOfDate(s, inputs.fingerprint()), stored, inputs.shrinkageNotes(plan.firstWeek(), plan.weeks(),
                        weeks.stream().map(QueueWeek::queueCode).collect(java.util.stream.Collectors.toSet())));
    }

    @PreAuthorize("hasRole('PLANNER')")
    @Transactional(readOnly = true)
    public ClassChoices classChoices() {
        return inputs.classChoices();
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

    /**
     * Adds the planner's class to a scenario and plans it again with the classes it has: the optimiser does not run,
     * so the planner sees what this class does ({@link #propose} asks for proposals around the planner's classes).
     */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public ScenarioDetail addClass(long scenarioId, ClassDraft draft) {
        StoredScenario s = stored(scenarioId);
        CapacityPlanSummary plan = plan(s.planId());
        CapacityInputs.Base base = inputs.read(plan.firstWeek(), plan.weeks(), today());
        List<HiringClass> classes = new ArrayList<>(plans.classes(scenarioId));
        classes.add(checked(draft, s, plan, base));
        replan(s, base, classes);
        return scenario(scenarioId);
    }

    /** Changes one class (it becomes the planner's) and plans the scenario again with its other classes as they are. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public ScenarioDetail updateClass(long scenarioId, long classId, ClassDraft draft) {
        StoredScenario s = stored(scenarioId);
        CapacityPlanSummary plan = plan(s.planId());
        List<StoredClass> stored = storedClass(scenarioId, classId);
        CapacityInputs.Base base = inputs.read(plan.firstWeek(), plan.weeks(), today());
        HiringClass changed = checked(draft, s, plan, base);
        replan(s, base, stored.stream().map(c -> c.id() == classId ? changed : c.hiringClass()).toList());
        return scenario(scenarioId);
    }

    /** Removes one class, proposed or the planner's, and plans the scenario again without it. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public ScenarioDetail removeClass(long scenarioId, long classId) {
        StoredScenario s = stored(scenarioId);
        CapacityPlanSummary plan = plan(s.planId());
        List<StoredClass> stored = storedClass(scenarioId, classId);
        replan(s, inputs.read(plan.firstWeek(), plan.weeks(), today()),
                stored.stream().filter(c -> c.id() != classId).map(StoredClass::hiringClass).toList());
        return scenario(scenarioId);
    }

    /** Drops the proposed classes and asks the optimiser for new ones around the planner's own. */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public ScenarioDetail propose(long scenarioId) {
        compute(scenarioId);
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

    private List<StoredClass> storedClass(long scenarioId, long classId) {
        List<StoredClass> stored = plans.storedClasses(scenarioId);
        if (stored.stream().noneMatch(c -> c.id() == classId)) {
            throw new CapacityRefusal("class", Phrase.of("capacity.error.no-class", classId));
        }
        return stored;
    }

    /** A planner's class, checked field by field: the first broken rule refuses it, naming its field. */
    private HiringClass checked(ClassDraft draft, StoredScenario s, CapacityPlanSummary plan, CapacityInputs.Base base) {
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
        var queue = base.queues().stream().filter(q -> q.queueCode().equals(draft.queueCode())).findFirst()
                .orElseThrow(() -> new CapacityRefusal("queueCode",
                        Phrase.of("capacity.error.queue-unknown", draft.queueCode())));
        OnboardingPath path = draft.pathCode() == null || draft.pathCode().isBlank() ? base.paths().get(draft.queueCode())
                : base.pathsByCode().get(draft.pathCode());
        if (path == null) {
            throw draft.pathCode() == null || draft.pathCode().isBlank()
                    ? new CapacityRefusal("queueCode", Phrase.of("capacity.error.no-onboarding-path"))
                    : new CapacityRefusal("pathCode", Phrase.of("capacity.error.path-unknown", draft.pathCode()));
        }
        path = CapacityInputs.path(path, s.levers());
        if (draft.size() > path.roomSeats()) {
            throw new CapacityRefusal("size", Phrase.of("capacity.error.size-room", draft.size(), path.roomSeats()));
        }
        String site = draft.siteCode() == null || draft.siteCode().isBlank() ? queue.siteCode() : draft.siteCode();
        if (!base.siteCodes().contains(site)) {
            throw new CapacityRefusal("siteCode", Phrase.of("capacity.error.site-unknown", site));
        }
        return new HiringClass(draft.queueCode(), site, draft.start(), draft.size(), path, false);
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

    /** Plans the scenario with the planner's classes and the optimiser's proposals around them. */
    private void compute(StoredScenario s, CapacityInputs.Base base, List<HiringClass> plannerClasses) {
        try {
            CapacityInputs.Prepared prepared = inputs.apply(base, s.levers(), plannerClasses);
            HiringOptimiser.Proposal proposal = HiringOptimiser.propose(prepared.input(), prepared.limits(),
                    Cancellation.NONE);
            List<HiringClass> classes = new ArrayList<>(prepared.input().classes());
            classes.addAll(proposal.classes());
            save(s, base, prepared, classes, proposal.status());
        } catch (CapacityInputException e) {
            throw new CapacityRefusal(e.field(), e.reason());
        }
    }

    /** Plans the scenario with exactly these classes, proposed ones kept as proposed, without the optimiser. */
    private void replan(StoredScenario s, CapacityInputs.Base base, List<HiringClass> classes) {
        try {
            List<HiringClass> mine = classes.stream().filter(c -> !c.proposed()).toList();
            CapacityInputs.Prepared prepared = inputs.apply(base, s.levers(), mine);
            List<HiringClass> all = new ArrayList<>(prepared.input().classes());
            classes.stream().filter(HiringClass::proposed).forEach(all::add);
            save(s, base, prepared, all, s.solverStatus());
        } catch (CapacityInputException e) {
            throw new CapacityRefusal(e.field(), e.reason());
        }
    }

    /** Plans the scenario with these classes and saves the plan, each class's effect and the expected quality. */
    private void save(StoredScenario s, CapacityInputs.Base base, CapacityInputs.Prepared prepared,
            List<HiringClass> classes, String status) {
        CapacityInput input = prepared.input().withClasses(classes);
        CapacityPlan plan = CapacityPlanner.plan(input);
        List<ClassEffect> effects = new ArrayList<>();
        for (int i = 0; i < input.classes().size(); i++) {
            effects.add(ClassEffect.of(input, plan, i));
        }
        plans.saveResult(s.id(), plan, effects, inputs.fingerprint(), status);
        quality.save(s.id(), base, prepared, classes, s.levers(), today());
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
        if (l.homeSharePercent() != null && (l.homeSharePercent() < 0 || l.homeSharePercent() > 100)) {
            throw new CapacityRefusal("homeSharePercent", Phrase.of("capacity.error.share-range", l.homeSharePercent()));
        }
        if (l.onboardingWeeks() != null && (l.onboardingWeeks() < 1 || l.onboardingWeeks() > 52)) {
            throw new CapacityRefusal("onboardingWeeks", Phrase.of("capacity.error.onboarding-range", l.onboardingWeeks()));
        }
        if (l.onboardingWeeks() != null && l.classroomWeeks() != null && l.classroomWeeks() > l.onboardingWeeks()) {
            throw new CapacityRefusal("classroomWeeks", Phrase.of("capacity.error.classroom-longer",
                    l.classroomWeeks(), l.onboardingWeeks()));
        }
        checkCrossSkilling(l);
    }

    private void checkCrossSkilling(ScenarioLevers l) {
        if (l.crossSkillAgents() == null && l.crossSkillFrom() == null) {
            return;
        }
        if (l.crossSkillAgents() == null || l.crossSkillAgents() < 1 || l.crossSkillAgents() > 10_000) {
            throw new CapacityRefusal("crossSkillAgents", Phrase.of("capacity.error.cross-skill-agents"));
        }
        if (l.crossSkillFrom() == null) {
            throw new CapacityRefusal("crossSkillFrom", Phrase.of("capacity.error.cross-skill-date"));
        }
        if (l.crossSkillFrom().getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new CapacityRefusal("crossSkillFrom", Phrase.of("capacity.error.start-monday", l.crossSkillFrom()));
        }
        if (l.crossSkillFrom().isBefore(today())) {
            throw new CapacityRefusal("crossSkillFrom", Phrase.of("capacity.error.start-past", l.crossSkillFrom(), today()));
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
