package dev.frontline.forecast.persistence;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.forecast.ForecastQueue;
import dev.frontline.forecast.HistoryInterval;

/** Queues and their interval history, read for forecasting. */
@Repository
public class ForecastQueueRepository {

    private final DSLContext ctx;

    ForecastQueueRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<ForecastQueue> queues() {
        return queuesWhere(DSL.noCondition());
    }

    public Optional<ForecastQueue> byCode(String code) {
        return queuesWhere(QUEUE.CODE.eq(code)).stream().findFirst();
    }

    public Optional<ForecastQueue> byId(long id) {
        return queuesWhere(QUEUE.ID.eq(id)).stream().findFirst();
    }

    /** History rows of a queue starting in [from, to), in time order. */
    public List<HistoryInterval> history(long queueId, Instant from, Instant to) {
        return ctx.select(INTERVAL_HISTORY.INTERVAL_START, INTERVAL_HISTORY.INTERVAL_MINUTES, INTERVAL_HISTORY.OFFERED,
                        INTERVAL_HISTORY.AHT_SECONDS)
                .from(INTERVAL_HISTORY)
                .where(INTERVAL_HISTORY.QUEUE_ID.eq(queueId))
                .and(INTERVAL_HISTORY.INTERVAL_START.ge(utc(from)))
                .and(INTERVAL_HISTORY.INTERVAL_START.lt(utc(to)))
                .orderBy(INTERVAL_HISTORY.INTERVAL_START)
                .fetch(r -> new HistoryInterval(r.value1().toInstant(), r.value2(), r.value3(),
                        r.value4() == null ? null : r.value4().doubleValue()));
    }

    public boolean hasHistory(long queueId, Instant from, Instant to) {
        return ctx.fetchExists(ctx.selectOne().from(INTERVAL_HISTORY)
                .where(INTERVAL_HISTORY.QUEUE_ID.eq(queueId))
                .and(INTERVAL_HISTORY.INTERVAL_START.ge(utc(from)))
                .and(INTERVAL_HISTORY.INTERVAL_START.lt(utc(to))));
    }

    private List<ForecastQueue> queuesWhere(Condition condition) {
        Field<OffsetDateTime> firstStart = DSL.min(INTERVAL_HISTORY.INTERVAL_START).as("first_start");
        Field<OffsetDateTime> lastStart = DSL.max(INTERVAL_HISTORY.INTERVAL_START).as("last_start");
        var bounds = DSL.select(INTERVAL_HISTORY.QUEUE_ID, firstStart, lastStart)
                .from(INTERVAL_HISTORY)
                .groupBy(INTERVAL_HISTORY.QUEUE_ID)
                .asTable("bounds");
        var lastRow = INTERVAL_HISTORY.as("last_row");
        Field<OffsetDateTime> first = bounds.field(firstStart);
        Field<OffsetDateTime> last = bounds.field(lastStart);
        return ctx.select(QUEUE.ID, QUEUE.CODE, QUEUE.NAME, QUEUE.TIME_ZONE, QUEUE.COUNTRY_CODE, first, last,
                        lastRow.INTERVAL_MINUTES)
                .from(QUEUE)
                .leftJoin(bounds).on(bounds.field(INTERVAL_HISTORY.QUEUE_ID).eq(QUEUE.ID))
                .leftJoin(lastRow).on(lastRow.QUEUE_ID.eq(QUEUE.ID).and(lastRow.INTERVAL_START.eq(last)))
                .where(condition)
                .orderBy(QUEUE.NAME)
                .fetch(r -> new ForecastQueue(r.value1(), r.value2(), r.value3(), ZoneId.of(r.value4()), r.value5(),
                        r.value6() == null ? null : r.value6().toInstant(),
                        r.value7() == null ? null : r.value7().toInstant().plusSeconds(60L * r.value8())));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, java.math.RoundingMode.HALF_UP);
    }
}
