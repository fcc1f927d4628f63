package dev.frontline.forecast.persistence;

import static dev.frontline.db.Tables.FORECAST_ADJUSTMENT;
import static dev.frontline.db.Tables.FORECAST_VERSION;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.forecast.persistence.ForecastQueueRepository.decimal;
import static dev.frontline.forecast.persistence.ForecastQueueRepository.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AdjustmentKind;
import dev.frontline.forecast.LocalGrid;
import dev.frontline.forecast.StoredAdjustment;
import dev.frontline.forecast.engine.AdjustmentType;

/** Planner adjustments of forecast versions; the model rows they sit on are never touched. */
@Repository
public class ForecastAdjustmentRepository {

    private final DSLContext ctx;

    ForecastAdjustmentRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** @param carriedFrom the version the adjustment is carried forward from, or null for a new one */
    public long insert(long versionId, Instant from, Instant to, AdjustmentType type, double amount, String reason,
                       String createdBy, Long carriedFrom) {
        return ctx.insertInto(FORECAST_ADJUSTMENT)
                .set(FORECAST_ADJUSTMENT.FORECAST_VERSION_ID, versionId)
                .set(FORECAST_ADJUSTMENT.APPLIES_FROM, utc(from))
                .set(FORECAST_ADJUSTMENT.APPLIES_TO, utc(to))
                .set(FORECAST_ADJUSTMENT.KIND, AdjustmentKind.valueOf(type.name()))
                .set(FORECAST_ADJUSTMENT.AMOUNT, decimal(amount, 3))
                .set(FORECAST_ADJUSTMENT.REASON, reason)
                .set(FORECAST_ADJUSTMENT.CREATED_BY, createdBy)
                .set(FORECAST_ADJUSTMENT.CARRIED_FROM_VERSION, carriedFrom)
                .returning(FORECAST_ADJUSTMENT.ID)
                .fetchOne(FORECAST_ADJUSTMENT.ID);
    }

    /** The adjustments of a version in the order they were made, which is the order they apply in. */
    public List<StoredAdjustment> of(long versionId) {
        return ctx.select(FORECAST_ADJUSTMENT.ID, FORECAST_ADJUSTMENT.FORECAST_VERSION_ID, FORECAST_ADJUSTMENT.APPLIES_FROM,
                        FORECAST_ADJUSTMENT.APPLIES_TO, FORECAST_ADJUSTMENT.KIND, FORECAST_ADJUSTMENT.AMOUNT,
                        FORECAST_ADJUSTMENT.REASON, FORECAST_ADJUSTMENT.CREATED_BY, FORECAST_ADJUSTMENT.CREATED_AT,
                        QUEUE.TIME_ZONE, FORECAST_ADJUSTMENT.CARRIED_FROM_VERSION)
                .from(FORECAST_ADJUSTMENT)
                .join(FORECAST_VERSION).on(FORECAST_VERSION.ID.eq(FORECAST_ADJUSTMENT.FORECAST_VERSION_ID))
                .join(QUEUE).on(QUEUE.ID.eq(FORECAST_VERSION.QUEUE_ID))
                .where(FORECAST_ADJUSTMENT.FORECAST_VERSION_ID.eq(versionId))
                .orderBy(FORECAST_ADJUSTMENT.CREATED_AT, FORECAST_ADJUSTMENT.ID)
                .fetch(r -> {
                    ZoneId zone = ZoneId.of(r.value10());
                    Instant from = r.value3().toInstant();
                    Instant to = r.value4().toInstant();
                    LocalDate date = LocalGrid.localDate(from, zone);
                    boolean wholeDay = from.equals(LocalGrid.startOfDay(date, zone))
                            && to.equals(LocalGrid.startOfDay(date.plusDays(1), zone));
                    LocalTime localFrom = wholeDay ? null : LocalGrid.localTime(from, zone);
                    LocalTime localTo = wholeDay ? null : LocalGrid.localTime(to, zone);
                    return new StoredAdjustment(r.value1(), r.value2(), from, to, date, localFrom, localTo,
                            AdjustmentType.valueOf(r.value5().name()), r.value6().doubleValue(), r.value7(), r.value8(),
                            r.value9(), r.value11());
                });
    }

    /** Removes one adjustment of the given version; false when there was none. */
    public boolean delete(long versionId, long adjustmentId) {
        return ctx.deleteFrom(FORECAST_ADJUSTMENT)
                .where(FORECAST_ADJUSTMENT.ID.eq(adjustmentId))
                .and(FORECAST_ADJUSTMENT.FORECAST_VERSION_ID.eq(versionId))
                .execute() > 0;
    }

    public int count() {
        return ctx.fetchCount(FORECAST_ADJUSTMENT);
    }
}
