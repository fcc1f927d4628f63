package dev.frontline.staffing.persistence;

import static dev.frontline.db.Tables.FORECAST_ADJUSTMENT;
import static dev.frontline.db.Tables.FORECAST_INTERVAL;
import static dev.frontline.db.Tables.FORECAST_VERSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AdjustmentKind;
import dev.frontline.staffing.ForecastVersionSummary;

/**
 * Read-only access to saved forecast versions. The forecast feature owns and writes these tables; staffing only
 * reads them, so that staffing depends on forecast and never the reverse.
 */
@Repository
public class ForecastVersionReader {

    /** One stored forecast interval: model volume and AHT (AHT may be missing where the history had none). */
    public record StoredInterval(OffsetDateTime start, double offered, Double ahtSeconds, double lower80, double upper80,
                                 double lower95, double upper95) {
    }

    /** One stored planner adjustment over [from, to). */
    public record StoredAdjustment(long id, OffsetDateTime from, OffsetDateTime to, AdjustmentKind kind, double amount,
                                   String reason, OffsetDateTime createdAt) {
    }

    private final DSLContext ctx;

    ForecastVersionReader(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<ForecastVersionSummary> versionsOfQueue(long queueId) {
        return ctx.select(FORECAST_VERSION.ID, FORECAST_VERSION.QUEUE_ID, FORECAST_VERSION.CREATED_AT,
                        FORECAST_VERSION.CREATED_BY, FORECAST_VERSION.GRAIN_MINUTES.cast(Integer.class),
                        FORECAST_VERSION.HORIZON_START, FORECAST_VERSION.HORIZON_END, FORECAST_VERSION.METHOD)
                .from(FORECAST_VERSION)
                .where(FORECAST_VERSION.QUEUE_ID.eq(queueId))
                .orderBy(FORECAST_VERSION.CREATED_AT.desc(), FORECAST_VERSION.ID.desc())
                .fetch(Records.mapping(ForecastVersionSummary::new));
    }

    public Optional<ForecastVersionSummary> find(long forecastVersionId) {
        return ctx.select(FORECAST_VERSION.ID, FORECAST_VERSION.QUEUE_ID, FORECAST_VERSION.CREATED_AT,
                        FORECAST_VERSION.CREATED_BY, FORECAST_VERSION.GRAIN_MINUTES.cast(Integer.class),
                        FORECAST_VERSION.HORIZON_START, FORECAST_VERSION.HORIZON_END, FORECAST_VERSION.METHOD)
                .from(FORECAST_VERSION)
                .where(FORECAST_VERSION.ID.eq(forecastVersionId))
                .fetchOptional(Records.mapping(ForecastVersionSummary::new));
    }

    public List<StoredInterval> intervals(long forecastVersionId) {
        return ctx.select(FORECAST_INTERVAL.INTERVAL_START, FORECAST_INTERVAL.OFFERED.cast(Double.class),
                        FORECAST_INTERVAL.AHT_SECONDS.cast(Double.class), FORECAST_INTERVAL.LOWER80.cast(Double.class),
                        FORECAST_INTERVAL.UPPER80.cast(Double.class), FORECAST_INTERVAL.LOWER95.cast(Double.class),
                        FORECAST_INTERVAL.UPPER95.cast(Double.class))
                .from(FORECAST_INTERVAL)
                .where(FORECAST_INTERVAL.FORECAST_VERSION_ID.eq(forecastVersionId))
                .orderBy(FORECAST_INTERVAL.INTERVAL_START)
                .fetch(Records.mapping(StoredInterval::new));
    }

    /** Adjustments in the order the planner made them, which is the order they apply in. */
    public List<StoredAdjustment> adjustments(long forecastVersionId) {
        return ctx.select(FORECAST_ADJUSTMENT.ID, FORECAST_ADJUSTMENT.APPLIES_FROM, FORECAST_ADJUSTMENT.APPLIES_TO,
                        FORECAST_ADJUSTMENT.KIND, FORECAST_ADJUSTMENT.AMOUNT.cast(Double.class), FORECAST_ADJUSTMENT.REASON,
                        FORECAST_ADJUSTMENT.CREATED_AT)
                .from(FORECAST_ADJUSTMENT)
                .where(FORECAST_ADJUSTMENT.FORECAST_VERSION_ID.eq(forecastVersionId))
                .orderBy(FORECAST_ADJUSTMENT.CREATED_AT, FORECAST_ADJUSTMENT.ID)
                .fetch(Records.mapping(StoredAdjustment::new));
    }
}
