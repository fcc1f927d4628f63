package dev.frontline.staffing.persistence;

import static dev.frontline.db.Tables.FORECAST_VERSION;
import static dev.frontline.db.Tables.REQUIREMENT_INTERVAL;
import static dev.frontline.db.Tables.REQUIREMENT_VERSION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.staffing.RequirementRow;
import dev.frontline.staffing.RequirementVersionHorizon;
import dev.frontline.staffing.RequirementVersionSummary;
import dev.frontline.staffing.engine.StaffingModel;

@Repository
public class RequirementRepository {

    private static final int INSERT_CHUNK = 1_000;

    private final DSLContext ctx;

    RequirementRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Writes a version and its intervals; the caller's transaction makes it all or nothing. */
    public long insert(RequirementVersionSummary version, List<RequirementRow> rows) {
        long id = ctx.insertInto(REQUIREMENT_VERSION)
                .set(REQUIREMENT_VERSION.FORECAST_VERSION_ID, version.forecastVersionId())
                .set(REQUIREMENT_VERSION.CREATED_BY, version.createdBy())
                .set(REQUIREMENT_VERSION.MODEL, version.model().name())
                .set(REQUIREMENT_VERSION.SL_TARGET_PERCENT, decimal(version.slTargetPercent(), 2))
                .set(REQUIREMENT_VERSION.SL_THRESHOLD_SECONDS, version.slThresholdSeconds())
                .set(REQUIREMENT_VERSION.RESPONSE_GOAL_HOURS, decimal(version.responseGoalHours(), 2))
                .set(REQUIREMENT_VERSION.MAX_OCCUPANCY_PERCENT, decimal(version.maxOccupancyPercent(), 2))
                .set(REQUIREMENT_VERSION.PATIENCE_SECONDS, decimal(version.patienceSeconds(), 2))
                .set(REQUIREMENT_VERSION.USES_ADJUSTED_FORECAST, version.usesAdjustedForecast())
                .returning(REQUIREMENT_VERSION.ID)
                .fetchSingle(REQUIREMENT_VERSION.ID);
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            var insert = ctx.insertInto(REQUIREMENT_INTERVAL, REQUIREMENT_INTERVAL.REQUIREMENT_VERSION_ID,
                    REQUIREMENT_INTERVAL.INTERVAL_START, REQUIREMENT_INTERVAL.OFFERED, REQUIREMENT_INTERVAL.AHT_SECONDS,
                    REQUIREMENT_INTERVAL.REQUIRED_AGENTS, REQUIREMENT_INTERVAL.SHRINKAGE_PERCENT,
                    REQUIREMENT_INTERVAL.SCHEDULED_AGENTS, REQUIREMENT_INTERVAL.SERVICE_LEVEL_PERCENT,
                    REQUIREMENT_INTERVAL.ASA_SECONDS, REQUIREMENT_INTERVAL.OCCUPANCY_PERCENT,
                    REQUIREMENT_INTERVAL.ABANDON_PERCENT, REQUIREMENT_INTERVAL.EXPLANATION);
            for (RequirementRow r : rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK))) {
                insert = insert.values(id, r.intervalStart(), decimal(r.offered(), 3), decimal(r.ahtSeconds(), 2),
                        r.requiredAgents(), decimal(r.shrinkagePercent(), 2), decimal(r.scheduledAgents(), 1),
                        decimal(r.serviceLevelPercent(), 2), decimal(r.asaSeconds(), 2), decimal(r.occupancyPercent(), 2),
                        decimal(r.abandonPercent(), 2), r.explanation());
            }
            insert.execute();
        }
        return id;
    }

    public Optional<RequirementVersionSummary> find(long id) {
        return select().where(REQUIREMENT_VERSION.ID.eq(id)).fetchOptional(this::summary);
    }

    /** Versions of one forecast version, newest first. */
    public List<RequirementVersionSummary> versionsOfForecast(long forecastVersionId) {
        return select().where(REQUIREMENT_VERSION.FORECAST_VERSION_ID.eq(forecastVersionId))
                .orderBy(REQUIREMENT_VERSION.CREATED_AT.desc(), REQUIREMENT_VERSION.ID.desc())
                .fetch(this::summary);
    }

    public List<RequirementRow> intervals(long versionId) {
        return intervals(versionId, DSL.noCondition());
    }

    /** A version's intervals starting in {@code [from, to)}. */
    public List<RequirementRow> intervals(long versionId, Instant from, Instant to) {
        return intervals(versionId, REQUIREMENT_INTERVAL.INTERVAL_START.ge(from.atOffset(ZoneOffset.UTC))
                .and(REQUIREMENT_INTERVAL.INTERVAL_START.lt(to.atOffset(ZoneOffset.UTC))));
    }

    private List<RequirementRow> intervals(long versionId, Condition within) {
        return ctx.select(REQUIREMENT_INTERVAL.INTERVAL_START, REQUIREMENT_INTERVAL.OFFERED.cast(Double.class),
                        REQUIREMENT_INTERVAL.AHT_SECONDS.cast(Double.class), REQUIREMENT_INTERVAL.REQUIRED_AGENTS,
                        REQUIREMENT_INTERVAL.SHRINKAGE_PERCENT.cast(Double.class),
                        REQUIREMENT_INTERVAL.SCHEDULED_AGENTS.cast(Double.class),
                        REQUIREMENT_INTERVAL.SERVICE_LEVEL_PERCENT.cast(Double.class),
                        REQUIREMENT_INTERVAL.ASA_SECONDS.cast(Double.class),
                        REQUIREMENT_INTERVAL.OCCUPANCY_PERCENT.cast(Double.class),
                        REQUIREMENT_INTERVAL.ABANDON_PERCENT.cast(Double.class), REQUIREMENT_INTERVAL.EXPLANATION)
                .from(REQUIREMENT_INTERVAL)
                .where(REQUIREMENT_INTERVAL.REQUIREMENT_VERSION_ID.eq(versionId)).and(within)
                .orderBy(REQUIREMENT_INTERVAL.INTERVAL_START)
                .fetch(Records.mapping(RequirementRow::new));
    }

    /** Every version of the queue's forecasts with the forecast's horizon, newest first. */
    public List<RequirementVersionHorizon> versionsOfQueue(long queueId) {
        return ctx.select(select().getSelect())
                .select(FORECAST_VERSION.HORIZON_START, FORECAST_VERSION.HORIZON_END, FORECAST_VERSION.GRAIN_MINUTES,
                        FORECAST_VERSION.METHOD)
                .from(REQUIREMENT_VERSION)
                .join(FORECAST_VERSION).on(FORECAST_VERSION.ID.eq(REQUIREMENT_VERSION.FORECAST_VERSION_ID))
                .where(FORECAST_VERSION.QUEUE_ID.eq(queueId))
                .orderBy(REQUIREMENT_VERSION.CREATED_AT.desc(), REQUIREMENT_VERSION.ID.desc())
                .fetch(r -> new RequirementVersionHorizon(summary(r), r.get(FORECAST_VERSION.HORIZON_START),
                        r.get(FORECAST_VERSION.HORIZON_END), r.get(FORECAST_VERSION.GRAIN_MINUTES),
                        r.get(FORECAST_VERSION.METHOD)));
    }

    /**
     * Dates a version as made at {@code madeAt} (the demo writes its past plans at start-up, as if the planner had
     * made each before its weeks began).
     */
    public void backdate(long versionId, OffsetDateTime madeAt) {
        ctx.update(REQUIREMENT_VERSION).set(REQUIREMENT_VERSION.CREATED_AT, madeAt)
                .where(REQUIREMENT_VERSION.ID.eq(versionId)).execute();
    }

    private SelectOnConditionStep<?> select() {
        return ctx.select(REQUIREMENT_VERSION.ID, REQUIREMENT_VERSION.FORECAST_VERSION_ID, FORECAST_VERSION.QUEUE_ID,
                        REQUIREMENT_VERSION.CREATED_AT, REQUIREMENT_VERSION.CREATED_BY, REQUIREMENT_VERSION.MODEL,
                        REQUIREMENT_VERSION.SL_TARGET_PERCENT.cast(Double.class), REQUIREMENT_VERSION.SL_THRESHOLD_SECONDS,
                        REQUIREMENT_VERSION.RESPONSE_GOAL_HOURS.cast(Double.class),
                        REQUIREMENT_VERSION.MAX_OCCUPANCY_PERCENT.cast(Double.class),
                        REQUIREMENT_VERSION.PATIENCE_SECONDS.cast(Double.class), REQUIREMENT_VERSION.USES_ADJUSTED_FORECAST)
                .from(REQUIREMENT_VERSION)
                .join(FORECAST_VERSION).on(FORECAST_VERSION.ID.eq(REQUIREMENT_VERSION.FORECAST_VERSION_ID));
    }

    private RequirementVersionSummary summary(org.jooq.Record r) {
        return new RequirementVersionSummary(r.get(REQUIREMENT_VERSION.ID), r.get(REQUIREMENT_VERSION.FORECAST_VERSION_ID),
                r.get(FORECAST_VERSION.QUEUE_ID), r.get(REQUIREMENT_VERSION.CREATED_AT), r.get(REQUIREMENT_VERSION.CREATED_BY),
                StaffingModel.valueOf(r.get(REQUIREMENT_VERSION.MODEL)), r.get(6, Double.class), r.get(7, Integer.class),
                r.get(8, Double.class), r.get(9, Double.class), r.get(10, Double.class),
                r.get(REQUIREMENT_VERSION.USES_ADJUSTED_FORECAST));
    }

    private static BigDecimal decimal(Double value, int scale) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
