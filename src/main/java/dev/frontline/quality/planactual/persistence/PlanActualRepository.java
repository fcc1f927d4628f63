package dev.frontline.quality.planactual.persistence;

import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.QUEUE_INTERVAL_SERVICE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AppRole;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.quality.planactual.ActualRow;
import dev.frontline.quality.planactual.PlanQueue;
import dev.frontline.quality.planactual.engine.ServiceActualsGenerator;

/**
 * Reads what plan against actual compares besides the plans (queues, history with the service measured) and writes
 * the demo's service actuals. The plans — requirement versions, their forecasts and intervals — are staffing's, read
 * through its {@link dev.frontline.staffing.RequirementVersionReader}.
 */
@Repository
public class PlanActualRepository {

    private static final int INSERT_CHUNK = 1_000;

    private final DSLContext ctx;

    PlanActualRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    private SelectJoinStep<Record9<Long, String, String, ChannelType, String, BigDecimal, Integer, BigDecimal, Integer>> queueQuery() {
        return ctx.select(QUEUE.ID, QUEUE.CODE, QUEUE.NAME, QUEUE.CHANNEL, QUEUE.TIME_ZONE, QUEUE.SL_TARGET_PERCENT,
                QUEUE.SL_THRESHOLD_SECONDS, QUEUE.RESPONSE_GOAL_HOURS, QUEUE.CHAT_CONCURRENCY).from(QUEUE);
    }

    private static PlanQueue queue(Record9<Long, String, String, ChannelType, String, BigDecimal, Integer, BigDecimal, Integer> r) {
        return new PlanQueue(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), number(r.value6()), r.value7(),
                number(r.value8()), r.value9());
    }

    public List<PlanQueue> queues() {
        return queueQuery().orderBy(QUEUE.NAME).fetch(PlanActualRepository::queue);
    }

    public Optional<PlanQueue> queue(String code) {
        return queueQuery().where(QUEUE.CODE.eq(code)).fetchOptional(PlanActualRepository::queue);
    }

    /** The queue's history in {@code [from, to)} with the service measured in each interval, where it was. */
    public List<ActualRow> actuals(long queueId, Instant from, Instant to) {
        return ctx.select(INTERVAL_HISTORY.INTERVAL_START, INTERVAL_HISTORY.INTERVAL_MINUTES, INTERVAL_HISTORY.OFFERED,
                        INTERVAL_HISTORY.HANDLED, INTERVAL_HISTORY.ABANDONED, INTERVAL_HISTORY.AHT_SECONDS,
                        QUEUE_INTERVAL_SERVICE.STAFFED_AGENTS, QUEUE_INTERVAL_SERVICE.SERVICE_LEVEL_PERCENT,
                        QUEUE_INTERVAL_SERVICE.ASA_SECONDS, QUEUE_INTERVAL_SERVICE.ABANDON_PERCENT,
                        QUEUE_INTERVAL_SERVICE.FIRST_RESPONSE_SECONDS)
                .from(INTERVAL_HISTORY).leftJoin(QUEUE_INTERVAL_SERVICE)
                .on(QUEUE_INTERVAL_SERVICE.QUEUE_ID.eq(INTERVAL_HISTORY.QUEUE_ID))
                .and(QUEUE_INTERVAL_SERVICE.INTERVAL_START.eq(INTERVAL_HISTORY.INTERVAL_START))
                .where(INTERVAL_HISTORY.QUEUE_ID.eq(queueId))
                .and(INTERVAL_HISTORY.INTERVAL_START.ge(utc(from))).and(INTERVAL_HISTORY.INTERVAL_START.lt(utc(to)))
                .orderBy(INTERVAL_HISTORY.INTERVAL_START)
                .fetch(r -> new ActualRow(r.value1().toInstant(), r.value2(), r.value3(), r.value4(), r.value5(),
                        number(r.value6()), number(r.value7()), number(r.value8()), number(r.value9()), number(r.value10()),
                        number(r.value11())));
    }

    /** The first and last history interval of any queue, for the demo; empty without history. */
    public Optional<Instant[]> historySpan() {
        var r = ctx.select(org.jooq.impl.DSL.min(INTERVAL_HISTORY.INTERVAL_START), org.jooq.impl.DSL.max(INTERVAL_HISTORY.INTERVAL_START))
                .from(INTERVAL_HISTORY).fetchOne();
        return r == null || r.value1() == null ? Optional.empty()
                : Optional.of(new Instant[] {r.value1().toInstant(), r.value2().toInstant()});
    }

    public boolean anyServiceActuals() {
        return ctx.fetchExists(QUEUE_INTERVAL_SERVICE);
    }

    public Optional<String> firstPlannerUsername() {
        return ctx.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ROLE.eq(AppRole.PLANNER)).and(APP_USER.ENABLED)
                .orderBy(APP_USER.ID).limit(1).fetchOptional(APP_USER.USERNAME);
    }

    /** Writes service rows of one queue; the caller's transaction makes them all or nothing. */
    public void insertService(long queueId, int intervalMinutes, List<ServiceActualsGenerator.Row> rows) {
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            var insert = ctx.insertInto(QUEUE_INTERVAL_SERVICE, QUEUE_INTERVAL_SERVICE.QUEUE_ID,
                    QUEUE_INTERVAL_SERVICE.INTERVAL_START, QUEUE_INTERVAL_SERVICE.INTERVAL_MINUTES,
                    QUEUE_INTERVAL_SERVICE.STAFFED_AGENTS, QUEUE_INTERVAL_SERVICE.SERVICE_LEVEL_PERCENT,
                    QUEUE_INTERVAL_SERVICE.ASA_SECONDS, QUEUE_INTERVAL_SERVICE.ABANDON_PERCENT,
                    QUEUE_INTERVAL_SERVICE.FIRST_RESPONSE_SECONDS, QUEUE_INTERVAL_SERVICE.REPLY_WAIT_SECONDS,
                    QUEUE_INTERVAL_SERVICE.REPLY_RATE_PERCENT, QUEUE_INTERVAL_SERVICE.RESOLUTION_RATE_PERCENT);
            for (ServiceActualsGenerator.Row r : rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK))) {
                insert = insert.values(queueId, utc(r.start()), (short) intervalMinutes, decimal(r.staffedAgents()),
                        decimal(r.serviceLevelPercent()), decimal(r.asaSeconds()), decimal(r.abandonPercent()),
                        decimal(r.firstResponseSeconds()), decimal(r.replyWaitSeconds()), decimal(r.replyRatePercent()),
                        decimal(r.resolutionRatePercent()));
            }
            insert.execute();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
