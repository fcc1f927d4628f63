package dev.frontline.quality.planactual;

import static dev.frontline.db.Tables.FORECAST_VERSION;
import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.QUEUE_INTERVAL_SERVICE;
import static dev.frontline.db.Tables.REQUIREMENT_INTERVAL;
import static dev.frontline.db.Tables.REQUIREMENT_VERSION;
import static dev.frontline.db.Tables.SKILL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.quality.planactual.engine.ServiceGap;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * A small hand-made queue on the real PostgreSQL: one week of history and service, a plan made before the week and a
 * re-forecast made during it. The plan that counts is the one made before the week began, and the figures are the
 * fixture's own.
 */
@FrontlineIntegrationTest
class PlanActualFixtureTest {

    private static final String CODE = "PA_FIXTURE_VOICE";
    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    /** A week long before the demo's history, so no demo roster covers it. */
    private static final LocalDate MONDAY = LocalDate.of(2020, 3, 2);

    @Autowired
    DSLContext ctx;
    @Autowired
    PlanActualService service;

    private long before;

    @BeforeEach
    void fixture() {
        long skill = ctx.insertInto(SKILL).set(SKILL.CODE, "PA_FIXTURE").set(SKILL.NAME, "Fixture")
                .returning(SKILL.ID).fetchSingle(SKILL.ID);
        long queue = ctx.insertInto(QUEUE).set(QUEUE.CODE, CODE).set(QUEUE.NAME, "Fixture – Polish – voice")
                .set(QUEUE.CHANNEL, ChannelType.VOICE).set(QUEUE.LANGUAGE, "pl").set(QUEUE.SKILL_ID, skill)
                .set(QUEUE.TIME_ZONE, ZONE.getId()).set(QUEUE.COUNTRY_CODE, "PL").set(QUEUE.SL_TARGET_PERCENT, BigDecimal.valueOf(80))
                .set(QUEUE.SL_THRESHOLD_SECONDS, 20).returning(QUEUE.ID).fetchSingle(QUEUE.ID);
        // Monday 10:00-11:00: 100 calls forecast per quarter, 120 came; AHT 300 s as forecast; 38 agents planned, 36 there
        before = plan(queue, at(LocalDate.of(2020, 2, 27), 10), 100, 38);
        plan(queue, at(MONDAY, 12), 200, 60); // a re-forecast made once the week had begun: not the plan
        for (int q = 0; q < 4; q++) {
            OffsetDateTime start = at(MONDAY, 10).plusMinutes(15L * q);
            ctx.insertInto(INTERVAL_HISTORY).set(INTERVAL_HISTORY.QUEUE_ID, queue).set(INTERVAL_HISTORY.INTERVAL_START, start)
                    .set(INTERVAL_HISTORY.INTERVAL_MINUTES, (short) 15).set(INTERVAL_HISTORY.OFFERED, 120)
                    .set(INTERVAL_HISTORY.HANDLED, 116).set(INTERVAL_HISTORY.ABANDONED, 4)
                    .set(INTERVAL_HISTORY.AHT_SECONDS, BigDecimal.valueOf(300)).execute();
            ctx.insertInto(QUEUE_INTERVAL_SERVICE).set(QUEUE_INTERVAL_SERVICE.QUEUE_ID, queue)
                    .set(QUEUE_INTERVAL_SERVICE.INTERVAL_START, start).set(QUEUE_INTERVAL_SERVICE.INTERVAL_MINUTES, (short) 15)
                    .set(QUEUE_INTERVAL_SERVICE.STAFFED_AGENTS, BigDecimal.valueOf(36))
                    .set(QUEUE_INTERVAL_SERVICE.SERVICE_LEVEL_PERCENT, BigDecimal.valueOf(40)).execute();
        }
    }

    /** The fixture queue leaves nothing behind for the other tests of the run, which see the demo's queues only. */
    @AfterEach
    void removeFixture() {
        ctx.select(QUEUE.ID).from(QUEUE).where(QUEUE.CODE.eq(CODE)).fetchOptional(QUEUE.ID).ifPresent(queue -> {
            ctx.deleteFrom(QUEUE_INTERVAL_SERVICE).where(QUEUE_INTERVAL_SERVICE.QUEUE_ID.eq(queue)).execute();
            ctx.deleteFrom(INTERVAL_HISTORY).where(INTERVAL_HISTORY.QUEUE_ID.eq(queue)).execute();
            ctx.deleteFrom(FORECAST_VERSION).where(FORECAST_VERSION.QUEUE_ID.eq(queue)).execute();
            ctx.deleteFrom(QUEUE).where(QUEUE.ID.eq(queue)).execute();
        });
        ctx.deleteFrom(SKILL).where(SKILL.CODE.eq("PA_FIXTURE")).execute();
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toOffsetDateTime();
    }

    private long plan(long queue, OffsetDateTime madeAt, double offered, int required) {
        long forecast = ctx.insertInto(FORECAST_VERSION).set(FORECAST_VERSION.QUEUE_ID, queue)
                .set(FORECAST_VERSION.CREATED_AT, madeAt).set(FORECAST_VERSION.CREATED_BY, "planner")
                .set(FORECAST_VERSION.GRAIN_MINUTES, (short) 15).set(FORECAST_VERSION.HORIZON_START, MONDAY)
                .set(FORECAST_VERSION.HORIZON_END, MONDAY.plusWeeks(1)).set(FORECAST_VERSION.HISTORY_FROM, madeAt.minusYears(1))
                .set(FORECAST_VERSION.HISTORY_TO, madeAt.minusDays(1)).set(FORECAST_VERSION.HISTORY_INTERVALS, 100)
                .set(FORECAST_VERSION.METHOD, "fixture").set(FORECAST_VERSION.EXPLANATION, "fixture")
                .returning(FORECAST_VERSION.ID).fetchSingle(FORECAST_VERSION.ID);
        long requirement = ctx.insertInto(REQUIREMENT_VERSION).set(REQUIREMENT_VERSION.FORECAST_VERSION_ID, forecast)
                .set(REQUIREMENT_VERSION.CREATED_AT, madeAt.plusMinutes(5)).set(REQUIREMENT_VERSION.CREATED_BY, "planner")
                .set(REQUIREMENT_VERSION.MODEL, "ERLANG_C").set(REQUIREMENT_VERSION.SL_TARGET_PERCENT, BigDecimal.valueOf(80))
                .set(REQUIREMENT_VERSION.SL_THRESHOLD_SECONDS, 20).set(REQUIREMENT_VERSION.MAX_OCCUPANCY_PERCENT, BigDecimal.valueOf(85))
                .set(REQUIREMENT_VERSION.USES_ADJUSTED_FORECAST, true)
                .returning(REQUIREMENT_VERSION.ID).fetchSingle(REQUIREMENT_VERSION.ID);
        for (int q = 0; q < 4; q++) {
            ctx.insertInto(REQUIREMENT_INTERVAL).set(REQUIREMENT_INTERVAL.REQUIREMENT_VERSION_ID, requirement)
                    .set(REQUIREMENT_INTERVAL.INTERVAL_START, at(MONDAY, 10).plusMinutes(15L * q))
                    .set(REQUIREMENT_INTERVAL.OFFERED, BigDecimal.valueOf(offered)).set(REQUIREMENT_INTERVAL.AHT_SECONDS, BigDecimal.valueOf(300))
                    .set(REQUIREMENT_INTERVAL.REQUIRED_AGENTS, required).set(REQUIREMENT_INTERVAL.SHRINKAGE_PERCENT, BigDecimal.TEN)
                    .set(REQUIREMENT_INTERVAL.SCHEDULED_AGENTS, BigDecimal.valueOf(Math.ceil(required / 0.9)))
                    .set(REQUIREMENT_INTERVAL.EXPLANATION, "fixture").execute();
        }
        return requirement;
    }

    @Test
    @WithUserDetails("hr.lead")
    void thePlanMadeBeforeTheWeekCountsAndTheFixturesFiguresComeBack() {
        PlanActualReport report = service.weeks(CODE, MONDAY, MONDAY.plusDays(6));
        assertThat(report.periods()).hasSize(1);
        PlanActualPeriod week = report.periods().get(0);
        assertThat(week.plan().requirementVersionId()).isEqualTo(before);
        assertThat(week.plan().rosterVersionId()).isNull();
        ServiceGap gap = week.gap();
        assertThat(gap.forecastContacts()).isEqualTo(400);
        assertThat(gap.actualContacts()).isEqualTo(480);
        assertThat(gap.volumeErrorPercent()).isCloseTo(20, within(1e-9));
        assertThat(gap.ahtErrorPercent()).isCloseTo(0, within(1e-9));
        assertThat(gap.requiredAgents()).isEqualTo(38);
        assertThat(gap.plannedAgents()).isEqualTo(38);
        assertThat(gap.staffedAgents()).isEqualTo(36);
        assertThat(gap.achieved()).isCloseTo(40, within(1e-9));
        assertThat(gap.ahtPart()).isCloseTo(0, within(1e-12));
        assertThat(gap.volumePart()).isNegative();
        assertThat(gap.staffingPart()).isNegative();
        assertThat(gap.partsSum()).isCloseTo(gap.gap(), within(1e-9));
        assertThat(gap.gap()).isCloseTo(-40, within(1e-9));
    }

    @Test
    @WithUserDetails("planner")
    void theDaysOfTheWeekAndItsIntervalsComeFromTheSamePlan() {
        PlanActualReport days = service.days(CODE, MONDAY.plusDays(3));
        assertThat(days.periods()).hasSize(7);
        assertThat(days.periods().get(0).gap().actualContacts()).isEqualTo(480);
        assertThat(days.periods().get(1).actualContacts()).isZero();
        assertThat(service.intervals(CODE, MONDAY)).hasSize(4)
                .allSatisfy(i -> assertThat(i.forecastContacts()).isEqualTo(100));
    }

    @Test
    @WithUserDetails("planner")
    void aRangeBackwardsOrTooLongIsRefusedNamingTheField() {
        assertThatThrownBy(() -> service.weeks(CODE, MONDAY, MONDAY.minusDays(1)))
                .isInstanceOfSatisfying(PlanActualInputException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> service.weeks(CODE, MONDAY, MONDAY.plusWeeks(PlanActualService.MAX_WEEKS)))
                .isInstanceOfSatisfying(PlanActualInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> service.weeks("NO_SUCH_QUEUE", MONDAY, MONDAY))
                .isInstanceOfSatisfying(PlanActualInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("planactual.error.queue-unknown"));
    }
}
