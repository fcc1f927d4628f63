package dev.frontline.training;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.AUDIT_EVENT;
import static dev.frontline.db.Tables.TRAINING_BUDGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.training.engine.LearningCurve;
import dev.frontline.training.OffPhone.Scope;

/** The learning curve, proficiency on a date and training's cost over the demo centre. */
@FrontlineIntegrationTest
class TrainingSupplyTest {

    @Autowired
    DSLContext ctx;
    @Autowired
    TrainingSupplyService supply;
    @Autowired
    ProficiencyOnDate proficiencyOnDate;
    @Autowired
    TrainingService training;
    @Autowired
    dev.frontline.roster.persistence.RosterScenarioRepository scenarios;

    @Test
    @WithUserDetails("hr.lead")
    void theDemoCurveIsFittedFromItsNewHiresAndRecoversTheDemoRamp() {
        var inUse = supply.learningCurve();
        assertThat(inUse.fitted()).isTrue();
        var fit = inUse.fit().orElseThrow();
        assertThat(fit.agents()).isGreaterThanOrEqualTo(20);
        assertThat(fit.rSquared()).isGreaterThan(0.8);
        // the demo's KPIs ramp as 1 - exp(-days / 28) from 45 % slower (docs/quality-data.md): τ = 4 weeks
        assertThat(inUse.curve().initialExtra()).isBetween(0.3, 0.6);
        assertThat(inUse.curve().weeksToLearn(LearningCurve.PROFICIENT)).isBetween(8.0, 17.0);
    }

    @Test
    @WithUserDetails("hr.lead")
    void theClassInOnboardingCountsAtTheNestingLevelUntilItsCoursesAreDone() {
        LocalDate today = training.today();
        var inClass = training.pathEnrolments(null).stream()
                .filter(p -> p.pathCode().equals("ONB-3W") && p.progress().phase() == PathProgress.Phase.TRAINING)
                .toList();
        assertThat(inClass).hasSizeGreaterThanOrEqualTo(5);
        var proficiencies = proficiencyOnDate.on(today);
        for (PathEnrolment p : inClass) {
            long agentId = ctx.select(AGENT.ID).from(AGENT).where(AGENT.EMPLOYEE_NUMBER.eq(p.employeeNumber()))
                    .fetchSingle(AGENT.ID);
            for (var skill : ctx.selectFrom(AGENT_SKILL).where(AGENT_SKILL.AGENT_ID.eq(agentId)).fetch()) {
                double held = skill.getProficiency().doubleValue();
                var onDate = proficiencies.explain(agentId, skill.getSkillId(), held);
                if (onDate.start() instanceof dev.frontline.training.engine.SkillRamp.Nesting) {
                    assertThat(onDate.proficiency()).isEqualTo(Math.min(held, 0.5));
                }
                assertThat(onDate.proficiency()).isLessThanOrEqualTo(held);
            }
        }
    }

    @Test
    @WithUserDetails("planner")
    void theRosterOfNextWeekCountsTheClassInOnboardingAtItsNestingLevel() {
        LocalDate monday = training.today().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        var problem = scenarios.load("ramp", monday, monday.plusDays(6)).build();
        var proficiencies = proficiencyOnDate.on(monday);
        var inClass = training.pathEnrolments(null).stream()
                .filter(p -> p.pathCode().equals("ONB-3W") && p.progress().phase() == PathProgress.Phase.TRAINING)
                .map(PathEnrolment::employeeNumber).collect(java.util.stream.Collectors.toSet());
        assertThat(inClass).isNotEmpty();
        int checked = 0;
        for (var agent : problem.getAgents()) {
            long agentId = ctx.select(AGENT.ID).from(AGENT).where(AGENT.EMPLOYEE_NUMBER.eq(agent.id())).fetchSingle(AGENT.ID);
            for (var skill : ctx.select(AGENT_SKILL.SKILL_ID, AGENT_SKILL.PROFICIENCY,
                            dev.frontline.db.Tables.QUEUE.CODE).from(AGENT_SKILL)
                    .join(dev.frontline.db.Tables.QUEUE).on(dev.frontline.db.Tables.QUEUE.SKILL_ID.eq(AGENT_SKILL.SKILL_ID))
                    .where(AGENT_SKILL.AGENT_ID.eq(agentId)).fetch()) {
                var entry = agent.skills().entrySet().stream()
                        .filter(e -> e.getKey().id().equals(skill.value3())).findFirst();
                if (entry.isEmpty()) {
                    continue;
                }
                double inProblem = entry.get().getValue();
                double held = skill.value2().doubleValue();
                // the loader reads every skill through the ramp, and the class in its courses at the nesting level
                assertThat(inProblem).isEqualTo(proficiencies.of(agentId, skill.value1(), held));
                if (inClass.contains(agent.id())) {
                    assertThat(inProblem).isEqualTo(Math.min(held, 0.5));
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    @WithUserDetails("hr.lead")
    void aSkillPassedTodayCountsLessInWeekOneThanInWeekEight() {
        long agentId = ctx.select(AGENT.ID).from(AGENT).where(AGENT.STATUS.eq(AgentStatus.ACTIVE))
                .andNotExists(ctx.selectOne().from(AGENT_SKILL).where(AGENT_SKILL.AGENT_ID.eq(AGENT.ID))
                        .and(AGENT_SKILL.SKILL_ID.eq(skill("CARE_EN_CHAT"))))
                .and(AGENT.HIRE_DATE.lt(training.today().minusYears(1)))
                .orderBy(AGENT.ID).limit(1).fetchSingle(AGENT.ID);
        String number = ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT).where(AGENT.ID.eq(agentId)).fetchSingle(AGENT.EMPLOYEE_NUMBER);
        LocalDate day = training.today();
        try {
            training.recordResult(new Completion(number, "CHAT-101", day.minusDays(1), true, null), java.util.List.of());
            training.recordResult(new Completion(number, "CARE-201", day, true, null), java.util.List.of());
            long skill = skill("CARE_EN_CHAT");
            double week1 = proficiencyOnDate.on(day.plusWeeks(1)).of(agentId, skill, 0.5);
            double week8 = proficiencyOnDate.on(day.plusWeeks(8)).of(agentId, skill, 0.5);
            assertThat(proficiencyOnDate.on(day).of(agentId, skill, 0.5)).isEqualTo(0.5);
            assertThat(week1).isGreaterThan(0.5).isLessThan(week8);
            assertThat(week8).isLessThan(1.0);
        } finally {
            ctx.deleteFrom(dev.frontline.db.Tables.AGENT_SKILL_GAIN).where(dev.frontline.db.Tables.AGENT_SKILL_GAIN.AGENT_ID.eq(agentId))
                    .and(dev.frontline.db.Tables.AGENT_SKILL_GAIN.GAINED_ON.ge(day.minusDays(1))).execute();
            ctx.deleteFrom(AGENT_SKILL).where(AGENT_SKILL.AGENT_ID.eq(agentId))
                    .and(AGENT_SKILL.SKILL_ID.eq(skill("CARE_EN_CHAT"))).execute();
            ctx.deleteFrom(dev.frontline.db.Tables.TRAINING_ENROLMENT)
                    .where(dev.frontline.db.Tables.TRAINING_ENROLMENT.AGENT_ID.eq(agentId))
                    .and(dev.frontline.db.Tables.TRAINING_ENROLMENT.COMPLETED_ON.ge(day.minusDays(1))).execute();
        }
    }

    private long skill(String code) {
        return ctx.select(dev.frontline.db.Tables.SKILL.ID).from(dev.frontline.db.Tables.SKILL)
                .where(dev.frontline.db.Tables.SKILL.CODE.eq(code)).fetchSingle(dev.frontline.db.Tables.SKILL.ID);
    }

    @Test
    @WithUserDetails("hr.lead")
    void everyPathHasATimeToProficiencyAndOnboardingIncludesTheRampFromNesting() {
        var times = supply.timeToProficiency();
        var onboarding = times.stream().filter(t -> t.path().path().code().equals("ONB-3W")).findFirst().orElseThrow();
        assertThat(onboarding.time().finished()).isPositive();
        assertThat(onboarding.time().startLevel()).isEqualTo(0.5);
        assertThat(onboarding.time().rampWeeks()).isPositive();
        assertThat(onboarding.time().totalWeeks()).isGreaterThan(onboarding.time().rampWeeks());
        var lead = times.stream().filter(t -> t.path().path().code().equals("LEAD-PREP")).findFirst().orElseThrow();
        assertThat(lead.time().startLevel()).isNull();
        assertThat(lead.time().rampWeeks()).isZero();
    }

    @Test
    @WithUserDetails("hr.lead")
    void hrSetsABudgetThatIsReadAgainstTheMonthsOffPhoneHours() {
        YearMonth month = YearMonth.of(2031, 3);
        try {
            supply.setBudget(Scope.SITE, "IST", month, new BigDecimal("120.5"));
            var row = supply.offPhone(Scope.SITE, month, month).stream().filter(r -> r.scopeCode().equals("IST"))
                    .findFirst().orElseThrow();
            assertThat(row.budget()).isEqualByComparingTo("120.5");
            assertThat(row.taken()).isEqualByComparingTo("0");
            supply.setBudget(Scope.SITE, "IST", month, new BigDecimal("80"));
            assertThat(supply.offPhone(Scope.SITE, month, month)).filteredOn(r -> r.scopeCode().equals("IST"))
                    .singleElement().satisfies(r -> assertThat(r.budget()).isEqualByComparingTo("80"));
            assertThatThrownBy(() -> supply.setBudget(Scope.TEAM, "NO-SUCH", month, BigDecimal.TEN))
                    .isInstanceOfSatisfying(TrainingException.class, e -> assertThat(e.refusals().getFirst().field())
                            .isEqualTo("team"));
            assertThatThrownBy(() -> supply.setBudget(Scope.SITE, "IST", month, new BigDecimal("-1")))
                    .isInstanceOfSatisfying(TrainingException.class, e -> assertThat(e.refusals().getFirst().code())
                            .isEqualTo("budget-range"));
            assertThatThrownBy(() -> supply.offPhone(Scope.SITE, month, month.minusMonths(1)))
                    .isInstanceOfSatisfying(TrainingException.class, e -> assertThat(e.refusals().getFirst().code())
                            .isEqualTo("month-range"));
            supply.setBudget(Scope.SITE, "IST", month, null);
            assertThat(supply.offPhone(Scope.SITE, month, month)).noneMatch(r -> r.scopeCode().equals("IST"));
        } finally {
            ctx.deleteFrom(TRAINING_BUDGET).where(TRAINING_BUDGET.MONTH.eq(month.atDay(1))).execute();
            ctx.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq(TrainingSupplyService.BUDGET)).execute();
        }
    }

    @Test
    @WithUserDetails("hr.lead")
    void theMonthsOfTheDemoShowHoursTakenByResultsPerSite() {
        YearMonth now = supply.thisMonth();
        var rows = supply.offPhone(Scope.SITE, now.minusMonths(6), now);
        assertThat(rows).anySatisfy(r -> assertThat(r.taken().signum()).isPositive());
        assertThat(supply.offPhone(Scope.TEAM, now.minusMonths(6), now)).extracting(r -> r.scopeCode())
                .anyMatch(code -> code.startsWith("IST-"));
    }

    @Test
    @WithUserDetails("planner")
    void plannersReadTheBudgetButOnlyHrSetsIt() {
        YearMonth now = supply.thisMonth();
        assertThat(supply.offPhone(Scope.SITE, now, now)).isNotNull();
        assertThatThrownBy(() -> supply.setBudget(Scope.SITE, "IST", now, BigDecimal.ONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("agent.ist")
    void agentsSeeNoneOfIt() {
        assertThatThrownBy(() -> supply.learningCurve()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supply.timeToProficiency()).isInstanceOf(AccessDeniedException.class);
    }
}
