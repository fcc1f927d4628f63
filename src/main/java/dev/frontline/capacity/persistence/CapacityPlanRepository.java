package dev.frontline.capacity.persistence;

import static dev.frontline.db.Tables.CAPACITY_CLASS;
import static dev.frontline.db.Tables.CAPACITY_PLAN;
import static dev.frontline.db.Tables.CAPACITY_SCENARIO;
import static dev.frontline.db.Tables.CAPACITY_SCENARIO_WEEK;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.frontline.capacity.CapacityPlanSummary;
import dev.frontline.capacity.QueueWeek;
import dev.frontline.capacity.ScenarioLevers;
import dev.frontline.capacity.StoredClass;
import dev.frontline.capacity.StoredScenario;
import dev.frontline.capacity.engine.ClassEffect;
import dev.frontline.capacity.engine.CapacityPlan;
import dev.frontline.capacity.engine.HiringClass;
import dev.frontline.capacity.engine.OnboardingPath;
import dev.frontline.capacity.engine.PlanWeek;

/** Capacity plans, their scenarios, and each computed scenario's weeks and classes. */
@Repository
public class CapacityPlanRepository {

    private final DSLContext ctx;

    CapacityPlanRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<CapacityPlanSummary> plans() {
        return ctx.selectFrom(CAPACITY_PLAN).orderBy(CAPACITY_PLAN.CREATED_AT.desc(), CAPACITY_PLAN.ID.desc())
                .fetch(r -> new CapacityPlanSummary(r.getId(), r.getName(), r.getFirstWeek(), r.getWeeks(),
                        r.getAppliedScenarioId(), r.getCreatedBy(), r.getCreatedAt(), r.getVersion()));
    }

    public Optional<CapacityPlanSummary> plan(long id) {
        return plans().stream().filter(p -> p.id() == id).findFirst();
    }

    public Optional<CapacityPlanSummary> planNamed(String name) {
        return plans().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public long insertPlan(String name, LocalDate firstWeek, int weeks, String createdBy) {
        return ctx.insertInto(CAPACITY_PLAN)
                .set(CAPACITY_PLAN.NAME, name)
                .set(CAPACITY_PLAN.FIRST_WEEK, firstWeek)
                .set(CAPACITY_PLAN.WEEKS, weeks)
                .set(CAPACITY_PLAN.CREATED_BY, createdBy)
                .returning(CAPACITY_PLAN.ID).fetchOne().getId();
    }

    public void deletePlan(long id) {
        ctx.update(CAPACITY_PLAN).setNull(CAPACITY_PLAN.APPLIED_SCENARIO_ID).where(CAPACITY_PLAN.ID.eq(id)).execute();
        ctx.deleteFrom(CAPACITY_PLAN).where(CAPACITY_PLAN.ID.eq(id)).execute();
    }

    /** Marks a scenario applied; false when the plan's version moved on meanwhile. */
    public boolean apply(long planId, int version, long scenarioId) {
        return ctx.update(CAPACITY_PLAN)
                .set(CAPACITY_PLAN.APPLIED_SCENARIO_ID, scenarioId)
                .set(CAPACITY_PLAN.VERSION, CAPACITY_PLAN.VERSION.plus(1))
                .where(CAPACITY_PLAN.ID.eq(planId)).and(CAPACITY_PLAN.VERSION.eq(version))
                .execute() == 1;
    }

    public List<StoredScenario> scenarios(long planId) {
        return ctx.selectFrom(CAPACITY_SCENARIO).where(CAPACITY_SCENARIO.PLAN_ID.eq(planId))
                .orderBy(CAPACITY_SCENARIO.IS_DEFAULT.desc(), CAPACITY_SCENARIO.ID)
                .fetch(CapacityPlanRepository::scenario);
    }

    public Optional<StoredScenario> scenario(long id) {
        return ctx.selectFrom(CAPACITY_SCENARIO).where(CAPACITY_SCENARIO.ID.eq(id))
                .fetchOptional(CapacityPlanRepository::scenario);
    }

    private static StoredScenario scenario(dev.frontline.db.tables.records.CapacityScenarioRecord r) {
        ScenarioLevers levers = new ScenarioLevers(r.getAttritionPoints().doubleValue(), r.getVolumePercent().doubleValue(),
                r.getAhtPercent().doubleValue(), d(r.getServiceLevelPercent()), r.getThresholdSeconds(),
                d(r.getOccupancyCapPercent()), r.getClassroomWeeks(), r.getHiringBudget(), d(r.getHomeSharePercent()),
                r.getOnboardingWeeks(), r.getCrossSkillAgents(), r.getCrossSkillFrom(), r.getNestingWeeks(),
                d(r.getCoachingHoursPerWeek()));
        CapacityPlan.Summary summary = r.getComputedAt() == null ? null : new CapacityPlan.Summary(r.getRequiredFte(),
                r.getPeakRequiredFte(), r.getHires(), r.getHireFteWeeks(), r.getWeeksBelowGoal(),
                r.getShortfallFteWeeks(), r.getExpectedServiceLevel() == null ? Double.NaN : r.getExpectedServiceLevel());
        return new StoredScenario(r.getId(), r.getPlanId(), r.getName(), r.getIsDefault(), levers, r.getComputedAt(),
                r.getInputsFingerprint(), summary, r.getSolverStatus(), r.getVersion());
    }

    private static Double d(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }

    private static BigDecimal b(Double v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }

    public long insertScenario(long planId, String name, boolean isDefault, ScenarioLevers levers, String createdBy) {
        return ctx.insertInto(CAPACITY_SCENARIO)
                .set(CAPACITY_SCENARIO.PLAN_ID, planId)
                .set(CAPACITY_SCENARIO.NAME, name)
                .set(CAPACITY_SCENARIO.IS_DEFAULT, isDefault)
                .set(CAPACITY_SCENARIO.ATTRITION_POINTS, BigDecimal.valueOf(levers.attritionPoints()))
                .set(CAPACITY_SCENARIO.VOLUME_PERCENT, BigDecimal.valueOf(levers.volumePercent()))
                .set(CAPACITY_SCENARIO.AHT_PERCENT, BigDecimal.valueOf(levers.ahtPercent()))
                .set(CAPACITY_SCENARIO.SERVICE_LEVEL_PERCENT, b(levers.serviceLevelPercent()))
                .set(CAPACITY_SCENARIO.THRESHOLD_SECONDS, levers.thresholdSeconds())
                .set(CAPACITY_SCENARIO.OCCUPANCY_CAP_PERCENT, b(levers.occupancyCapPercent()))
                .set(CAPACITY_SCENARIO.CLASSROOM_WEEKS, levers.classroomWeeks())
                .set(CAPACITY_SCENARIO.HIRING_BUDGET, levers.hiringBudget())
                .set(CAPACITY_SCENARIO.HOME_SHARE_PERCENT, b(levers.homeSharePercent()))
                .set(CAPACITY_SCENARIO.ONBOARDING_WEEKS, levers.onboardingWeeks())
                .set(CAPACITY_SCENARIO.CROSS_SKILL_AGENTS, levers.crossSkills() ? levers.crossSkillAgents() : null)
                .set(CAPACITY_SCENARIO.CROSS_SKILL_FROM, levers.crossSkills() ? levers.crossSkillFrom() : null)
                .set(CAPACITY_SCENARIO.NESTING_WEEKS, levers.nestingWeeks())
                .set(CAPACITY_SCENARIO.COACHING_HOURS_PER_WEEK, b(levers.coachingHoursPerWeek()))
                .set(CAPACITY_SCENARIO.CREATED_BY, createdBy)
                .returning(CAPACITY_SCENARIO.ID).fetchOne().getId();
    }

    public boolean updateLevers(long id, int version, String name, ScenarioLevers levers) {
        return ctx.update(CAPACITY_SCENARIO)
                .set(CAPACITY_SCENARIO.NAME, name)
                .set(CAPACITY_SCENARIO.ATTRITION_POINTS, BigDecimal.valueOf(levers.attritionPoints()))
                .set(CAPACITY_SCENARIO.VOLUME_PERCENT, BigDecimal.valueOf(levers.volumePercent()))
                .set(CAPACITY_SCENARIO.AHT_PERCENT, BigDecimal.valueOf(levers.ahtPercent()))
                .set(CAPACITY_SCENARIO.SERVICE_LEVEL_PERCENT, b(levers.serviceLevelPercent()))
                .set(CAPACITY_SCENARIO.THRESHOLD_SECONDS, levers.thresholdSeconds())
                .set(CAPACITY_SCENARIO.OCCUPANCY_CAP_PERCENT, b(levers.occupancyCapPercent()))
                .set(CAPACITY_SCENARIO.CLASSROOM_WEEKS, levers.classroomWeeks())
                .set(CAPACITY_SCENARIO.HIRING_BUDGET, levers.hiringBudget())
                .set(CAPACITY_SCENARIO.HOME_SHARE_PERCENT, b(levers.homeSharePercent()))
                .set(CAPACITY_SCENARIO.ONBOARDING_WEEKS, levers.onboardingWeeks())
                .set(CAPACITY_SCENARIO.CROSS_SKILL_AGENTS, levers.crossSkills() ? levers.crossSkillAgents() : null)
                .set(CAPACITY_SCENARIO.CROSS_SKILL_FROM, levers.crossSkills() ? levers.crossSkillFrom() : null)
                .set(CAPACITY_SCENARIO.NESTING_WEEKS, levers.nestingWeeks())
                .set(CAPACITY_SCENARIO.COACHING_HOURS_PER_WEEK, b(levers.coachingHoursPerWeek()))
                .set(CAPACITY_SCENARIO.VERSION, CAPACITY_SCENARIO.VERSION.plus(1))
                .where(CAPACITY_SCENARIO.ID.eq(id)).and(CAPACITY_SCENARIO.VERSION.eq(version))
                .execute() == 1;
    }

    public void deleteScenario(long id) {
        ctx.deleteFrom(CAPACITY_SCENARIO).where(CAPACITY_SCENARIO.ID.eq(id)).execute();
    }

    /** Replaces a scenario's computed result (weeks, classes, figures) in the caller's transaction. */
    public void saveResult(long scenarioId, CapacityPlan plan, List<ClassEffect> effects, String fingerprint,
            String solverStatus) {
        ctx.deleteFrom(CAPACITY_SCENARIO_WEEK).where(CAPACITY_SCENARIO_WEEK.SCENARIO_ID.eq(scenarioId)).execute();
        ctx.deleteFrom(CAPACITY_CLASS).where(CAPACITY_CLASS.SCENARIO_ID.eq(scenarioId)).execute();
        var weeks = ctx.insertInto(CAPACITY_SCENARIO_WEEK, CAPACITY_SCENARIO_WEEK.SCENARIO_ID,
                CAPACITY_SCENARIO_WEEK.QUEUE_CODE, CAPACITY_SCENARIO_WEEK.SITE_CODE, CAPACITY_SCENARIO_WEEK.WEEK_START,
                CAPACITY_SCENARIO_WEEK.VOLUME, CAPACITY_SCENARIO_WEEK.AHT_SECONDS, CAPACITY_SCENARIO_WEEK.REQUIRED_FTE,
                CAPACITY_SCENARIO_WEEK.REQUIRED_LOW, CAPACITY_SCENARIO_WEEK.REQUIRED_HIGH,
                CAPACITY_SCENARIO_WEEK.EXISTING_FTE, CAPACITY_SCENARIO_WEEK.HIRES_FTE, CAPACITY_SCENARIO_WEEK.TRAINING_FTE,
                CAPACITY_SCENARIO_WEEK.SUPPLY_FTE, CAPACITY_SCENARIO_WEEK.SUPPLY_LOW, CAPACITY_SCENARIO_WEEK.SUPPLY_HIGH,
                CAPACITY_SCENARIO_WEEK.EXPECTED_LEAVERS, CAPACITY_SCENARIO_WEEK.GAP_FTE, CAPACITY_SCENARIO_WEEK.GAP_LOW,
                CAPACITY_SCENARIO_WEEK.GAP_HIGH, CAPACITY_SCENARIO_WEEK.EXPECTED_SERVICE_LEVEL);
        for (var q : plan.queues()) {
            for (PlanWeek w : q.weeks()) {
                weeks = weeks.values(scenarioId, q.queueCode(), q.siteCode(), w.weekStart(), w.volume(), w.ahtSeconds(),
                        w.requiredFte(), w.requiredLow(), w.requiredHigh(), w.existingFte(), w.hiresFte(), w.trainingFte(),
                        w.supplyFte(), w.supplyLow(), w.supplyHigh(), w.expectedLeavers(), w.gapFte(), w.gapLow(),
                        w.gapHigh(), w.expectedServiceLevel());
            }
        }
        weeks.execute();
        for (int i = 0; i < plan.classes().size(); i++) {
            HiringClass c = plan.classes().get(i);
            ClassEffect effect = effects.get(i);
            ctx.insertInto(CAPACITY_CLASS)
                    .set(CAPACITY_CLASS.SCENARIO_ID, scenarioId)
                    .set(CAPACITY_CLASS.QUEUE_CODE, c.queueCode())
                    .set(CAPACITY_CLASS.SITE_CODE, c.siteCode())
                    .set(CAPACITY_CLASS.START_DATE, c.start())
                    .set(CAPACITY_CLASS.SIZE, c.size())
                    .set(CAPACITY_CLASS.PATH_CODE, c.path().code())
                    .set(CAPACITY_CLASS.CLASSROOM_WEEKS, c.path().classroomWeeks())
                    .set(CAPACITY_CLASS.NESTING_WEEKS, c.path().nestingWeeks())
                    .set(CAPACITY_CLASS.NESTING_PROFICIENCY, BigDecimal.valueOf(c.path().nestingProficiency()))
                    .set(CAPACITY_CLASS.ROOM_SEATS, c.path().roomSeats())
                    .set(CAPACITY_CLASS.PROPOSED, c.proposed())
                    .set(CAPACITY_CLASS.WEEKS_BELOW_WITHOUT, effect.weeksBelowWithout())
                    .set(CAPACITY_CLASS.SHORTFALL_WITHOUT, effect.shortfallWithout())
                    .execute();
        }
        CapacityPlan.Summary s = plan.summary();
        ctx.update(CAPACITY_SCENARIO)
                .set(CAPACITY_SCENARIO.COMPUTED_AT, OffsetDateTime.now())
                .set(CAPACITY_SCENARIO.INPUTS_FINGERPRINT, fingerprint)
                .set(CAPACITY_SCENARIO.REQUIRED_FTE, s.averageRequiredFte())
                .set(CAPACITY_SCENARIO.PEAK_REQUIRED_FTE, s.peakRequiredFte())
                .set(CAPACITY_SCENARIO.HIRES, s.hires())
                .set(CAPACITY_SCENARIO.HIRE_FTE_WEEKS, s.hireFteWeeks())
                .set(CAPACITY_SCENARIO.WEEKS_BELOW_GOAL, s.weeksBelowGoal())
                .set(CAPACITY_SCENARIO.SHORTFALL_FTE_WEEKS, s.shortfallFteWeeks())
                .set(CAPACITY_SCENARIO.EXPECTED_SERVICE_LEVEL,
                        Double.isNaN(s.expectedServiceLevel()) ? null : s.expectedServiceLevel())
                .set(CAPACITY_SCENARIO.SOLVER_STATUS, solverStatus)
                .where(CAPACITY_SCENARIO.ID.eq(scenarioId))
                .execute();
    }

    public List<QueueWeek> weeks(long scenarioId) {
        var w = CAPACITY_SCENARIO_WEEK;
        return ctx.selectFrom(w).where(w.SCENARIO_ID.eq(scenarioId)).orderBy(w.QUEUE_CODE, w.WEEK_START)
                .fetch(r -> new QueueWeek(r.getQueueCode(), r.getSiteCode(), new PlanWeek(r.getWeekStart(), r.getVolume(),
                        r.getAhtSeconds(), r.getRequiredFte(), r.getRequiredLow(), r.getRequiredHigh(),
                        r.getExistingFte(), r.getHiresFte(), r.getTrainingFte(), r.getSupplyFte(), r.getSupplyLow(),
                        r.getSupplyHigh(), r.getExpectedLeavers(), r.getGapFte(),
                        r.getRequiredFte() > 0 ? 100 * r.getGapFte() / r.getRequiredFte() : 0, r.getGapLow(),
                        r.getGapHigh(), r.getExpectedServiceLevel())));
    }

    public List<HiringClass> classes(long scenarioId) {
        return storedClasses(scenarioId).stream().map(StoredClass::hiringClass).toList();
    }

    /** The scenario's classes with their ids and effects, by start date. */
    public List<StoredClass> storedClasses(long scenarioId) {
        var c = CAPACITY_CLASS;
        return ctx.selectFrom(c).where(c.SCENARIO_ID.eq(scenarioId)).orderBy(c.START_DATE, c.QUEUE_CODE, c.ID)
                .fetch(r -> new StoredClass(r.getId(), new HiringClass(r.getQueueCode(), r.getSiteCode(),
                        r.getStartDate(), r.getSize(), new OnboardingPath(r.getPathCode(), r.getClassroomWeeks(),
                                r.getNestingWeeks(), r.getNestingProficiency().doubleValue(), r.getRoomSeats()),
                        r.getProposed()), r.getWeeksBelowWithout(), r.getShortfallWithout()));
    }

}
