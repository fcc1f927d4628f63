package dev.frontline.staffing;

import static dev.frontline.db.Tables.FORECAST_INTERVAL;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.REQUIREMENT_VERSION;
import static dev.frontline.db.Tables.SHRINKAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import dev.frontline.db.enums.AdjustmentKind;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.staffing.RequirementFreshness.GoalChanged;
import dev.frontline.staffing.RequirementFreshness.ShrinkageChanged;
import dev.frontline.staffing.ShrinkageService.Entry;
import dev.frontline.staffing.engine.StaffingModel;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The requirement service and the shrinkage table on the demo centre, with forecast versions written by the test. */
@FrontlineIntegrationTest
class RequirementServiceTest {

    private static final String VOICE = "BILLING_TR_VOICE";

    @Autowired
    RequirementService requirements;
    @Autowired
    ShrinkageService shrinkage;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;

    ForecastFixture fixture;
    LocalDate monday;

    @BeforeEach
    void setUp() {
        fixture = new ForecastFixture(ctx);
        monday = ForecastFixture.nextMonday();
        ForecastFixture.signIn(users, "planner");
    }

    @AfterEach
    void tearDown() {
        fixture.cleanUp();
        SecurityContextHolder.clearContext();
    }

    private long voiceDay(double peak) {
        return fixture.oneDay(VOICE, monday, LocalTime.of(8, 0), LocalTime.of(20, 0), ForecastFixture.bell(48, peak), 285);
    }

    @Test
    void computesAndStoresEveryIntervalWithScheduledHeadsAndExplanation() {
        long queueId = fixture.queueId(VOICE);
        shrinkage.save(queueId, List.of(new Entry(null, 22.0, 8.0)));
        long forecast = voiceDay(400);

        RequirementVersionSummary version = requirements.compute(new RequirementRequest(forecast, 85, null, true));

        assertThat(version.model()).isEqualTo(StaffingModel.ERLANG_C);
        assertThat(version.createdBy()).isEqualTo("planner");
        assertThat(version.slTargetPercent()).isEqualTo(80.0);
        assertThat(version.slThresholdSeconds()).isEqualTo(20);
        assertThat(version.maxOccupancyPercent()).isEqualTo(85.0);
        List<RequirementRow> rows = requirements.intervals(version.id());
        assertThat(rows).hasSize(48);
        for (RequirementRow row : rows) {
            assertThat(row.requiredAgents()).isNotNegative();
            assertThat(row.shrinkagePercent()).isEqualTo(30.0);
            // scheduled = required / (1 − shrinkage), to the nearest half head as documented
            assertThat(row.scheduledAgents()).isEqualTo(Math.round(row.requiredAgents() / 0.7 * 2) / 2.0);
            assertThat(row.explanation()).contains(row.requiredAgents() + (row.requiredAgents() == 1 ? " agent" : " agents"))
                    .contains("Erlang C");
            assertThat(row.serviceLevelPercent()).isGreaterThanOrEqualTo(80.0);
            assertThat(row.occupancyPercent()).isLessThanOrEqualTo(85.0);
        }
        RequirementRow peak = rows.stream().max(java.util.Comparator.comparingDouble(RequirementRow::offered)).orElseThrow();
        // about 400 calls in 15 min with AHT 285 s is about 126.5 Erlangs: the 85 % occupancy cap needs about 149
        assertThat(peak.requiredAgents()).isBetween(145, 160);
        assertThat(peak.explanation()).contains("30 % shrinkage");
        assertThat(requirements.freshness(version.id()).isUpToDate()).isTrue();
    }

    @Test
    void zeroVolumeNeedsNoAgents() {
        long forecast = fixture.oneDay(VOICE, monday, LocalTime.of(8, 0), LocalTime.of(20, 0), slot -> 0, 285);
        RequirementVersionSummary version = requirements.compute(new RequirementRequest(forecast, 85, null, false));
        assertThat(requirements.intervals(version.id())).hasSize(48).allSatisfy(row -> {
            assertThat(row.requiredAgents()).isZero();
            assertThat(row.scheduledAgents()).isZero();
            assertThat(row.serviceLevelPercent()).isNull();
            assertThat(row.explanation()).contains("no contacts are offered");
        });
    }

    @Test
    void anIntervalWithoutForecastAhtUsesTheVersionsMeanAndSaysSo() {
        long forecast = fixture.oneDay(VOICE, monday, LocalTime.of(8, 0), LocalTime.of(20, 0), slot -> 40, 300);
        ctx.update(FORECAST_INTERVAL).setNull(FORECAST_INTERVAL.AHT_SECONDS)
                .where(FORECAST_INTERVAL.FORECAST_VERSION_ID.eq(forecast))
                .and(FORECAST_INTERVAL.INTERVAL_START.eq(monday.atTime(9, 0).atZone(fixture.zone(VOICE)).toOffsetDateTime()))
                .execute();
        List<RequirementRow> rows = requirements.intervals(
                requirements.compute(new RequirementRequest(forecast, 85, null, false)).id());
        assertThat(rows.get(4).ahtSeconds()).isEqualTo(300.0);
        assertThat(rows.get(4).requiredAgents()).isEqualTo(rows.get(3).requiredAgents());
        assertThat(rows.get(4).explanation()).contains("no forecast AHT; the version's volume-weighted mean of 300 s is used");
        assertThat(rows.get(3).explanation()).doesNotContain("no forecast AHT");
    }

    @Test
    void patienceSizesWithErlangAWhichNeedsFewerAgents() {
        long forecast = voiceDay(200);
        RequirementVersionSummary c = requirements.compute(new RequirementRequest(forecast, 100, null, false));
        RequirementVersionSummary a = requirements.compute(new RequirementRequest(forecast, 100, 60.0, false));
        assertThat(a.model()).isEqualTo(StaffingModel.ERLANG_A);
        assertThat(a.patienceSeconds()).isEqualTo(60.0);
        int sumC = requirements.intervals(c.id()).stream().mapToInt(RequirementRow::requiredAgents).sum();
        List<RequirementRow> rowsA = requirements.intervals(a.id());
        assertThat(rowsA.stream().mapToInt(RequirementRow::requiredAgents).sum()).isLessThan(sumC);
        assertThat(rowsA).allSatisfy(r -> assertThat(r.abandonPercent()).isNotNull());
    }

    @Test
    void chatUsesConcurrencyAndEmailTheBacklogModel() {
        long chat = fixture.oneDay("TECH_TR_CHAT", monday, LocalTime.of(8, 0), LocalTime.of(22, 0), ForecastFixture.bell(56, 40), 540);
        RequirementVersionSummary chatVersion = requirements.compute(new RequirementRequest(chat, 85, 60.0, false));
        assertThat(chatVersion.model()).isEqualTo(StaffingModel.CHAT_CONCURRENCY);
        assertThat(chatVersion.patienceSeconds()).as("patience applies to voice and video only").isNull();
        assertThat(requirements.intervals(chatVersion.id())).hasSize(56)
                .allSatisfy(r -> assertThat(r.explanation()).contains("at once"));

        long email = fixture.days("TECH_PL_EMAIL", monday, 2, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, slot -> 6, 420);
        RequirementVersionSummary emailVersion = requirements.compute(new RequirementRequest(email, 85, null, false));
        assertThat(emailVersion.model()).isEqualTo(StaffingModel.DEFERRED_BACKLOG);
        assertThat(emailVersion.responseGoalHours()).isEqualTo(12.0);
        assertThat(emailVersion.maxOccupancyPercent()).as("deferred work has no occupancy cap").isEqualTo(100.0);
        List<RequirementRow> rows = requirements.intervals(emailVersion.id());
        assertThat(rows).hasSize(192);
        // 6 emails × 420 s every 15 minutes is 2.8 agents of work: the level plan needs 3 heads in the first day
        assertThat(rows.subList(0, 48)).allSatisfy(r -> assertThat(r.requiredAgents()).isBetween(2, 3));
        assertThat(rows.get(10).explanation()).contains("12 h business-time response goal").contains("scheduled after");
    }

    @Test
    void adjustmentsApplyThroughTheForecastLayerOnlyWhenAsked() {
        long forecast = fixture.oneDay(VOICE, monday, LocalTime.of(8, 0), LocalTime.of(20, 0), slot -> 50, 285);
        ZoneId zone = fixture.zone(VOICE);
        fixture.adjust(forecast, monday.atTime(10, 0).atZone(zone), monday.atTime(11, 0).atZone(zone), AdjustmentKind.PERCENT, 50);
        fixture.adjust(forecast, monday.atTime(12, 0).atZone(zone), monday.atTime(13, 0).atZone(zone), AdjustmentKind.ABSOLUTE, 40);

        List<RequirementRow> adjusted = requirements.intervals(
                requirements.compute(new RequirementRequest(forecast, 85, null, true)).id());
        List<RequirementRow> model = requirements.intervals(
                requirements.compute(new RequirementRequest(forecast, 85, null, false)).id());

        assertThat(model).allSatisfy(r -> assertThat(r.offered()).isEqualTo(50.0));
        assertThat(adjusted.get(8).offered()).as("10:00, +50 %").isEqualTo(75.0);
        assertThat(adjusted.get(16).offered()).as("12:00, +40 spread over 4 intervals").isEqualTo(60.0);
        assertThat(adjusted.get(0).offered()).isEqualTo(50.0);
        assertThat(adjusted.get(8).requiredAgents()).isGreaterThan(model.get(8).requiredAgents());
    }

    @Test
    void shrinkageMostSpecificRowWins() {
        long billing = fixture.queueId(VOICE);
        long sales = fixture.queueId("SALES_EN_VOICE");
        shrinkage.save(null, List.of(new Entry(null, 15.0, 5.0), new Entry(DayOfWeek.MONDAY, 18.0, 7.0)));
        shrinkage.save(billing, List.of(new Entry(null, 20.0, 10.0), new Entry(DayOfWeek.MONDAY, 25.0, 10.0)));

        ShrinkageTable table = shrinkage.table();
        assertThat(table.effective(billing, DayOfWeek.MONDAY))
                .isEqualTo(new EffectiveShrinkage(DayOfWeek.MONDAY, 25, 10, ShrinkageSource.QUEUE_WEEKDAY));
        assertThat(table.effective(billing, DayOfWeek.TUESDAY))
                .isEqualTo(new EffectiveShrinkage(DayOfWeek.TUESDAY, 20, 10, ShrinkageSource.QUEUE));
        assertThat(table.effective(sales, DayOfWeek.MONDAY))
                .isEqualTo(new EffectiveShrinkage(DayOfWeek.MONDAY, 18, 7, ShrinkageSource.WEEKDAY));
        assertThat(table.effective(sales, DayOfWeek.SUNDAY))
                .isEqualTo(new EffectiveShrinkage(DayOfWeek.SUNDAY, 15, 5, ShrinkageSource.DEFAULT));
        assertThat(shrinkage.effectiveWeek(billing)).hasSize(7);

        shrinkage.save(null, List.of());
        assertThat(shrinkage.table().effective(sales, DayOfWeek.MONDAY).source()).isEqualTo(ShrinkageSource.NONE);
    }

    @Test
    void badShrinkageIsRefusedWithNothingWritten() {
        long billing = fixture.queueId(VOICE);
        shrinkage.save(billing, List.of(new Entry(null, 20.0, 10.0)));

        assertThatThrownBy(() -> shrinkage.save(billing, List.of(new Entry(null, 25.0, 5.0),
                new Entry(DayOfWeek.TUESDAY, 70.0, 30.0))))
                .isInstanceOfSatisfying(InvalidShrinkageException.class, e -> {
                    assertThat(e.weekday()).isEqualTo(DayOfWeek.TUESDAY);
                    assertThat(e.field()).isEqualTo(InvalidShrinkageException.Field.TOTAL);
                    assertThat(e.getMessage()).startsWith("Tuesday, total shrinkage: 100.0 %");
                });
        assertThatThrownBy(() -> shrinkage.save(billing, List.of(new Entry(DayOfWeek.FRIDAY, -1.0, 10.0))))
                .isInstanceOfSatisfying(InvalidShrinkageException.class, e -> {
                    assertThat(e.field()).isEqualTo(InvalidShrinkageException.Field.PLANNED);
                    assertThat(e.problem()).isEqualTo(InvalidShrinkageException.Problem.NEGATIVE);
                });
        assertThatThrownBy(() -> shrinkage.save(billing, List.of(new Entry(DayOfWeek.FRIDAY, 10.0, null))))
                .isInstanceOf(InvalidShrinkageException.class).hasMessageContaining("unplanned shrinkage: missing");

        assertThat(shrinkage.rulesOf(billing)).containsExactly(new ShrinkageRule(billing, null, 20, 10));
        assertThat(ctx.fetchCount(SHRINKAGE)).isEqualTo(1);
    }

    @Test
    void aVersionIsOutOfDateAfterTheGoalOrShrinkageChangesAndRecomputingMakesANewOne() {
        long billing = fixture.queueId(VOICE);
        long forecast = voiceDay(150);
        RequirementVersionSummary version = requirements.compute(new RequirementRequest(forecast, 85, null, true));
        assertThat(requirements.freshness(version.id()).isUpToDate()).isTrue();

        BigDecimal before = ctx.select(QUEUE.SL_TARGET_PERCENT).from(QUEUE).where(QUEUE.ID.eq(billing)).fetchSingle(QUEUE.SL_TARGET_PERCENT);
        try {
            ctx.update(QUEUE).set(QUEUE.SL_TARGET_PERCENT, BigDecimal.valueOf(90)).where(QUEUE.ID.eq(billing)).execute();
            shrinkage.save(billing, List.of(new Entry(DayOfWeek.MONDAY, 25.0, 10.0)));

            RequirementFreshness stale = requirements.freshness(version.id());
            assertThat(stale.isUpToDate()).isFalse();
            assertThat(stale.reasons()).containsExactlyInAnyOrder(new GoalChanged("80 % / 20 s", "90 % / 20 s"),
                    new ShrinkageChanged(DayOfWeek.MONDAY, 0, 35));

            RequirementVersionSummary fresh = requirements.recompute(version.id(), Progress.NONE, Cancellation.NONE);
            assertThat(fresh.id()).isNotEqualTo(version.id());
            assertThat(fresh.slTargetPercent()).isEqualTo(90.0);
            assertThat(requirements.freshness(fresh.id()).isUpToDate()).isTrue();
            assertThat(requirements.versions(forecast)).extracting(RequirementVersionSummary::id)
                    .containsExactly(fresh.id(), version.id());
            // the old version keeps the goal it was computed with
            assertThat(requirements.version(version.id()).slTargetPercent()).isEqualTo(80.0);
        } finally {
            ctx.update(QUEUE).set(QUEUE.SL_TARGET_PERCENT, before).where(QUEUE.ID.eq(billing)).execute();
        }
    }

    @Test
    void stoppingAComputationWritesNothing() {
        long forecast = voiceDay(300);
        AtomicInteger checks = new AtomicInteger();
        assertThatThrownBy(() -> requirements.compute(new RequirementRequest(forecast, 85, null, false), Progress.NONE,
                () -> checks.incrementAndGet() > 5))
                .isInstanceOf(CancellationException.class);
        assertThat(ctx.fetchCount(REQUIREMENT_VERSION, REQUIREMENT_VERSION.FORECAST_VERSION_ID.eq(forecast))).isZero();
    }

    @Test
    void explainsAnIntervalWithModelInputsFormulaAndTheGoalOneFewerWouldMiss() {
        long forecast = voiceDay(400);
        RequirementVersionSummary version = requirements.compute(new RequirementRequest(forecast, 85, null, false));
        RequirementRow peak = requirements.intervals(version.id()).get(24);

        IntervalExplanation why = requirements.explain(version.id(), peak.intervalStart());

        assertThat(why.model()).isEqualTo(StaffingModel.ERLANG_C);
        assertThat(why.requiredAgents()).isEqualTo(peak.requiredAgents());
        assertThat(why.label()).endsWith("14:00");
        assertThat(why.sentence().english()).isEqualTo(peak.explanation());
        assertThat(why.inputs()).containsKeys("contacts", "ahtSeconds", "offeredLoadErlangs", "maxOccupancy");
        assertThat(why.formula().english()).contains("Erlang");
        assertThat(why.bindingConstraint()).isIn("service level", "occupancy");
    }

    @Test
    void simulatesADayNextToTheErlangFigures() {
        long forecast = voiceDay(120);
        RequirementVersionSummary version = requirements.compute(new RequirementRequest(forecast, 100, null, false));

        DaySimulation simulation = requirements.simulateDay(version.id(), monday);

        assertThat(simulation.rows()).hasSize(48);
        assertThat(simulation.replications()).isEqualTo(20);
        assertThat(simulation.daySlPercent().samples()).isEqualTo(20);
        // Erlang C staffs every interval to 80/20; the simulated day lands close to what Erlang predicts
        assertThat(simulation.daySlPercent().mean()).isBetween(75.0, 100.0);
        assertThat(simulation.erlangDaySlPercent()).isGreaterThanOrEqualTo(80.0);
        assertThat(requirements.days(version.id())).containsExactly(monday);
    }

    @Test
    void aDaysSkillSupplyCountsEachAgentAtTheirProficiencyThatDay() {
        long forecast = voiceDay(120);
        RequirementVersionSummary version = requirements.compute(new RequirementRequest(forecast, 100, null, false));

        DaySupply supply = requirements.supply(version.id(), monday);

        assertThat(supply.supply().heads()).isPositive();
        // the demo's new-hire class is in its onboarding courses, counted at the nesting level: below a head each
        assertThat(supply.supply().ramping()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.proficiency()).isLessThan(r.held()));
        assertThat(supply.supply().fullSpeed()).isLessThan(supply.supply().heads());
        assertThat(supply.peakHeads()).isGreaterThanOrEqualTo((int) Math.ceil(supply.peakScheduled()));
        assertThat(supply.explanation().english()).contains("hold the skill of", "at full speed", "still ramping");
        assertThatThrownBy(() -> requirements.supply(version.id(), monday.plusDays(1)))
                .isInstanceOfSatisfying(dev.frontline.shared.text.RefusedValueException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("day");
                    assertThat(refused.reason().key()).isEqualTo("staffing.refused.no-interval-on-day");
                });
    }

    @Test
    void agentsAndHrAreRefused() {
        long forecast = voiceDay(100);
        for (String user : List.of("agent.ist", "hr.lead")) {
            ForecastFixture.signIn(users, user);
            assertThatThrownBy(() -> requirements.compute(new RequirementRequest(forecast, 85, null, false)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requirements.queues()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> shrinkage.save(null, List.of(new Entry(null, 10.0, 5.0))))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> shrinkage.table()).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(ctx.fetchCount(REQUIREMENT_VERSION, REQUIREMENT_VERSION.FORECAST_VERSION_ID.eq(forecast))).isZero();
        assertThat(ctx.fetchCount(SHRINKAGE)).isZero();
    }
}
