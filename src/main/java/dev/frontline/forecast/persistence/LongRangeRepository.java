package dev.frontline.forecast.persistence;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.LONG_RANGE_OVERRIDE;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.forecast.persistence.ForecastQueueRepository.utc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import dev.frontline.forecast.StoredLongRangeOverride;
import dev.frontline.forecast.engine.DailyTotal;
import dev.frontline.forecast.engine.LongRangeOverride;

/** Daily history totals for the long-range forecast, and the planner's long-range overrides per queue. */
@Repository
public class LongRangeRepository {

    private final DSLContext ctx;

    LongRangeRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Offered contacts per local day of the queue in [from, to), with AHT weighted by the offered contacts of the
     * intervals that have one; summed in the database, so two years of 15-minute rows arrive as some 730 rows.
     */
    public List<DailyTotal> dailyTotals(long queueId, ZoneId zone, Instant from, Instant to) {
        Field<LocalDate> day = DSL.field("cast(timezone({0}, {1}) as date)", SQLDataType.LOCALDATE,
                DSL.val(zone.getId()), INTERVAL_HISTORY.INTERVAL_START);
        Field<BigDecimal> offered = DSL.sum(INTERVAL_HISTORY.OFFERED);
        Field<BigDecimal> work = DSL.sum(INTERVAL_HISTORY.OFFERED.cast(SQLDataType.NUMERIC).mul(INTERVAL_HISTORY.AHT_SECONDS));
        Field<BigDecimal> timed = DSL.sum(DSL.when(INTERVAL_HISTORY.AHT_SECONDS.isNotNull(), INTERVAL_HISTORY.OFFERED).otherwise(0));
        return ctx.select(day, offered, work, timed)
                .from(INTERVAL_HISTORY)
                .where(INTERVAL_HISTORY.QUEUE_ID.eq(queueId))
                .and(INTERVAL_HISTORY.INTERVAL_START.ge(utc(from)))
                .and(INTERVAL_HISTORY.INTERVAL_START.lt(utc(to)))
                .groupBy(day)
                .orderBy(day)
                .fetch(r -> new DailyTotal(r.value1(), r.value2() == null ? 0 : r.value2().doubleValue(),
                        r.value4() == null || r.value4().signum() == 0 || r.value3() == null ? null
                                : r.value3().divide(r.value4(), 6, RoundingMode.HALF_UP).doubleValue()));
    }

    /** The overrides of a queue, by first day, then in the order they were made. */
    public List<StoredLongRangeOverride> overrides(long queueId) {
        return ctx.select(LONG_RANGE_OVERRIDE.ID, QUEUE.CODE, LONG_RANGE_OVERRIDE.APPLIES_FROM, LONG_RANGE_OVERRIDE.APPLIES_TO,
                        LONG_RANGE_OVERRIDE.MEASURE, LONG_RANGE_OVERRIDE.PERCENT, LONG_RANGE_OVERRIDE.REASON,
                        LONG_RANGE_OVERRIDE.CREATED_BY, LONG_RANGE_OVERRIDE.CREATED_AT, LONG_RANGE_OVERRIDE.UPDATED_BY,
                        LONG_RANGE_OVERRIDE.UPDATED_AT)
                .from(LONG_RANGE_OVERRIDE)
                .join(QUEUE).on(QUEUE.ID.eq(LONG_RANGE_OVERRIDE.QUEUE_ID))
                .where(LONG_RANGE_OVERRIDE.QUEUE_ID.eq(queueId))
                .orderBy(LONG_RANGE_OVERRIDE.APPLIES_FROM, LONG_RANGE_OVERRIDE.ID)
                .fetch(r -> new StoredLongRangeOverride(r.value1(), r.value2(), r.value3(), r.value4(),
                        LongRangeOverride.Measure.valueOf(r.value5()), r.value6().doubleValue(), r.value7(), r.value8(),
                        r.value9().toInstant(), r.value10(), r.value11() == null ? null : r.value11().toInstant()));
    }

    public Optional<StoredLongRangeOverride> override(long queueId, long id) {
        return overrides(queueId).stream().filter(o -> o.id() == id).findFirst();
    }

    public long insert(long queueId, LongRangeOverride o, String user) {
        return ctx.insertInto(LONG_RANGE_OVERRIDE)
                .set(LONG_RANGE_OVERRIDE.QUEUE_ID, queueId)
                .set(LONG_RANGE_OVERRIDE.APPLIES_FROM, o.from())
                .set(LONG_RANGE_OVERRIDE.APPLIES_TO, o.to())
                .set(LONG_RANGE_OVERRIDE.MEASURE, o.measure().name())
                .set(LONG_RANGE_OVERRIDE.PERCENT, BigDecimal.valueOf(o.percent()).setScale(2, RoundingMode.HALF_UP))
                .set(LONG_RANGE_OVERRIDE.REASON, o.reason())
                .set(LONG_RANGE_OVERRIDE.CREATED_BY, user)
                .returning(LONG_RANGE_OVERRIDE.ID)
                .fetchOne(LONG_RANGE_OVERRIDE.ID);
    }

    /** @return false when the queue has no override with that id */
    public boolean update(long queueId, long id, LongRangeOverride o, String user) {
        return ctx.update(LONG_RANGE_OVERRIDE)
                .set(LONG_RANGE_OVERRIDE.APPLIES_FROM, o.from())
                .set(LONG_RANGE_OVERRIDE.APPLIES_TO, o.to())
                .set(LONG_RANGE_OVERRIDE.MEASURE, o.measure().name())
                .set(LONG_RANGE_OVERRIDE.PERCENT, BigDecimal.valueOf(o.percent()).setScale(2, RoundingMode.HALF_UP))
                .set(LONG_RANGE_OVERRIDE.REASON, o.reason())
                .set(LONG_RANGE_OVERRIDE.UPDATED_BY, user)
                .set(LONG_RANGE_OVERRIDE.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(LONG_RANGE_OVERRIDE.ID.eq(id))
                .and(LONG_RANGE_OVERRIDE.QUEUE_ID.eq(queueId))
                .execute() > 0;
    }

    /** @return false when the queue has no override with that id */
    public boolean delete(long queueId, long id) {
        return ctx.deleteFrom(LONG_RANGE_OVERRIDE)
                .where(LONG_RANGE_OVERRIDE.ID.eq(id))
                .and(LONG_RANGE_OVERRIDE.QUEUE_ID.eq(queueId))
                .execute() > 0;
    }
}
