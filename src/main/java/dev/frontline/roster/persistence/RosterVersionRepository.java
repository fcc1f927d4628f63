package dev.frontline.roster.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.ROSTER_ACTIVITY;
import static dev.frontline.db.Tables.ROSTER_SHIFT;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static dev.frontline.db.Tables.SITE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.db.tables.records.RosterActivityRecord;
import dev.frontline.db.tables.records.RosterShiftRecord;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.roster.service.StoredActivity;
import dev.frontline.roster.service.StoredShift;

/** Roster versions with their shifts and breaks; callers hold the transaction that makes a change all or nothing. */
@Repository
public class RosterVersionRepository {

    private final DSLContext ctx;

    RosterVersionRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public long insertDraft(String name, LocalDate firstDay, LocalDate lastDay, Long basedOnId,
            List<Long> requirementVersionIds, String solverConfig, String createdBy) {
        return ctx.insertInto(ROSTER_VERSION)
                .set(ROSTER_VERSION.NAME, name).set(ROSTER_VERSION.FIRST_DAY, firstDay).set(ROSTER_VERSION.LAST_DAY, lastDay)
                .set(ROSTER_VERSION.STATUS, RosterStatus.DRAFT).set(ROSTER_VERSION.BASED_ON_ID, basedOnId)
                .set(ROSTER_VERSION.REQUIREMENT_VERSION_IDS, requirementVersionIds.toArray(Long[]::new))
                .set(ROSTER_VERSION.SOLVER_CONFIG, solverConfig).set(ROSTER_VERSION.CREATED_BY, createdBy)
                .returning(ROSTER_VERSION.ID).fetchSingle(ROSTER_VERSION.ID);
    }

    public Optional<RosterVersionSummary> find(long id) {
        return ctx.selectFrom(ROSTER_VERSION).where(ROSTER_VERSION.ID.eq(id)).fetchOptional(RosterVersionRepository::summary);
    }

    /** Versions newest first, at most {@code limit}. */
    public List<RosterVersionSummary> list(int limit) {
        return ctx.selectFrom(ROSTER_VERSION).orderBy(ROSTER_VERSION.ID.desc()).limit(limit)
                .fetch(RosterVersionRepository::summary);
    }

    /** The drafts other than {@code versionId} whose period shares a day with {@code firstDay .. lastDay}. */
    public List<RosterVersionSummary> overlappingDrafts(long versionId, LocalDate firstDay, LocalDate lastDay) {
        return ctx.selectFrom(ROSTER_VERSION).where(ROSTER_VERSION.STATUS.eq(RosterStatus.DRAFT))
                .and(ROSTER_VERSION.ID.ne(versionId))
                .and(ROSTER_VERSION.FIRST_DAY.le(lastDay)).and(ROSTER_VERSION.LAST_DAY.ge(firstDay))
                .orderBy(ROSTER_VERSION.ID).fetch(RosterVersionRepository::summary);
    }

    /**
     * One solved shift to store; {@code siteId} null means the agent works from home; {@code breakBucket} is the
     * stagger bucket its breaks were placed by (kept so that a reload places them where they were).
     */
    public record ShiftRow(long agentId, LocalDate workDate, long shiftTemplateId, String shiftCode, OffsetDateTime startsAt,
            int lengthMinutes, Long siteId, boolean pinned, int breakBucket) {
    }

    /** One placed break or lunch to store; {@code kind} is BREAK or LUNCH. */
    public record ActivityRow(long agentId, LocalDate workDate, OffsetDateTime startsAt, int minutes, String kind) {
    }

    public void replaceShifts(long versionId, List<ShiftRow> shifts, List<ActivityRow> activities) {
        ctx.deleteFrom(ROSTER_SHIFT).where(ROSTER_SHIFT.ROSTER_VERSION_ID.eq(versionId)).execute();
        if (!shifts.isEmpty()) {
            ctx.batchInsert(shifts.stream().map(s -> shiftRecord(versionId, s)).toList()).execute();
        }
        if (!activities.isEmpty()) {
            ctx.batchInsert(activities.stream().map(a -> activityRecord(versionId, a)).toList()).execute();
        }
    }

    private static RosterShiftRecord shiftRecord(long versionId, ShiftRow s) {
        RosterShiftRecord r = new RosterShiftRecord();
        r.setRosterVersionId(versionId);
        r.setAgentId(s.agentId());
        r.setWorkDate(s.workDate());
        r.setShiftTemplateId(s.shiftTemplateId());
        r.setShiftCode(s.shiftCode());
        r.setStartsAt(s.startsAt());
        r.setLengthMinutes(s.lengthMinutes());
        r.setSiteId(s.siteId());
        r.setPinned(s.pinned());
        r.setBreakBucket((short) s.breakBucket());
        return r;
    }

    private static RosterActivityRecord activityRecord(long versionId, ActivityRow a) {
        RosterActivityRecord r = new RosterActivityRecord();
        r.setRosterVersionId(versionId);
        r.setAgentId(a.agentId());
        r.setWorkDate(a.workDate());
        r.setStartsAt(a.startsAt());
        r.setMinutes(a.minutes());
        r.setKind(a.kind());
        return r;
    }

    public void updateScore(long versionId, String score, long hard, long soft, double undercoveragePercent,
            Double solvingSeconds) {
        var update = ctx.update(ROSTER_VERSION)
                .set(ROSTER_VERSION.SCORE, score).set(ROSTER_VERSION.HARD_SCORE, hard).set(ROSTER_VERSION.SOFT_SCORE, soft)
                .set(ROSTER_VERSION.UNDERCOVERAGE_PERCENT, decimal(undercoveragePercent, 2))
                .set(ROSTER_VERSION.UPDATED_AT, OffsetDateTime.now())
                .set(ROSTER_VERSION.VERSION, ROSTER_VERSION.VERSION.plus(1));
        if (solvingSeconds != null) {
            update = update.set(ROSTER_VERSION.SOLVING_SECONDS, decimal(solvingSeconds, 1));
        }
        update.where(ROSTER_VERSION.ID.eq(versionId)).execute();
    }

    public void setSolverConfig(long versionId, String solverConfig) {
        ctx.update(ROSTER_VERSION).set(ROSTER_VERSION.SOLVER_CONFIG, solverConfig)
                .where(ROSTER_VERSION.ID.eq(versionId)).execute();
    }

    /** Publishes a draft and archives every published version whose period overlaps it; returns the archived ids. */
    public List<Long> publish(long versionId, String by, OffsetDateTime at) {
        RosterVersionSummary version = find(versionId).orElseThrow();
        List<Long> archived = ctx.update(ROSTER_VERSION).set(ROSTER_VERSION.STATUS, RosterStatus.ARCHIVED)
                .set(ROSTER_VERSION.UPDATED_AT, at)
                .where(ROSTER_VERSION.STATUS.eq(RosterStatus.PUBLISHED))
                .and(ROSTER_VERSION.FIRST_DAY.le(version.lastDay())).and(ROSTER_VERSION.LAST_DAY.ge(version.firstDay()))
                .and(ROSTER_VERSION.ID.ne(versionId))
                .returning(ROSTER_VERSION.ID).fetch(ROSTER_VERSION.ID);
        ctx.update(ROSTER_VERSION).set(ROSTER_VERSION.STATUS, RosterStatus.PUBLISHED)
                .set(ROSTER_VERSION.PUBLISHED_AT, at).set(ROSTER_VERSION.PUBLISHED_BY, by)
                .set(ROSTER_VERSION.UPDATED_AT, at)
                .where(ROSTER_VERSION.ID.eq(versionId)).and(ROSTER_VERSION.STATUS.eq(RosterStatus.DRAFT)).execute();
        return archived;
    }

    /**
     * Copies the shifts and breaks of one version into another, each moved from the agent it belongs to onto the agent
     * {@code agentMap} names; agents not in the map keep nothing in the copy. Returns the number of shifts copied.
     */
    public int copyShiftsRemapped(long fromVersionId, long toVersionId, java.util.Map<Long, Long> agentMap) {
        if (agentMap.isEmpty()) {
            return 0;
        }
        var pairs = org.jooq.impl.DSL.values(agentMap.entrySet().stream()
                .map(e -> org.jooq.impl.DSL.row(e.getKey(), e.getValue())).toArray(org.jooq.Row2[]::new))
                .as("remap", "from_agent", "to_agent");
        org.jooq.Field<Long> fromAgent = pairs.field("from_agent", Long.class);
        org.jooq.Field<Long> toAgent = pairs.field("to_agent", Long.class);
        int copied = ctx.insertInto(ROSTER_SHIFT, ROSTER_SHIFT.ROSTER_VERSION_ID, ROSTER_SHIFT.AGENT_ID,
                        ROSTER_SHIFT.WORK_DATE, ROSTER_SHIFT.SHIFT_TEMPLATE_ID, ROSTER_SHIFT.SHIFT_CODE,
                        ROSTER_SHIFT.STARTS_AT, ROSTER_SHIFT.LENGTH_MINUTES, ROSTER_SHIFT.SITE_ID, ROSTER_SHIFT.PINNED,
                        ROSTER_SHIFT.BREAK_BUCKET)
                .select(ctx.select(org.jooq.impl.DSL.val(toVersionId), toAgent, ROSTER_SHIFT.WORK_DATE,
                                ROSTER_SHIFT.SHIFT_TEMPLATE_ID, ROSTER_SHIFT.SHIFT_CODE, ROSTER_SHIFT.STARTS_AT,
                                ROSTER_SHIFT.LENGTH_MINUTES, ROSTER_SHIFT.SITE_ID, ROSTER_SHIFT.PINNED,
                                ROSTER_SHIFT.BREAK_BUCKET)
                        .from(ROSTER_SHIFT).join(pairs).on(fromAgent.eq(ROSTER_SHIFT.AGENT_ID))
                        .where(ROSTER_SHIFT.ROSTER_VERSION_ID.eq(fromVersionId)))
                .execute();
        ctx.insertInto(ROSTER_ACTIVITY, ROSTER_ACTIVITY.ROSTER_VERSION_ID, ROSTER_ACTIVITY.AGENT_ID,
                        ROSTER_ACTIVITY.WORK_DATE, ROSTER_ACTIVITY.STARTS_AT, ROSTER_ACTIVITY.MINUTES, ROSTER_ACTIVITY.KIND)
                .select(ctx.select(org.jooq.impl.DSL.val(toVersionId), toAgent, ROSTER_ACTIVITY.WORK_DATE,
                                ROSTER_ACTIVITY.STARTS_AT, ROSTER_ACTIVITY.MINUTES, ROSTER_ACTIVITY.KIND)
                        .from(ROSTER_ACTIVITY).join(pairs).on(fromAgent.eq(ROSTER_ACTIVITY.AGENT_ID))
                        .where(ROSTER_ACTIVITY.ROSTER_VERSION_ID.eq(fromVersionId))
                        // training follows its session (RosterTrainingRepository.copySessions), not the shift
                        .and(ROSTER_ACTIVITY.KIND.ne("TRAINING")))
                .execute();
        return copied;
    }

    public List<StoredShift> shifts(long versionId) {
        return shiftQuery().where(ROSTER_SHIFT.ROSTER_VERSION_ID.eq(versionId))
                .orderBy(AGENT.EMPLOYEE_NUMBER, ROSTER_SHIFT.WORK_DATE).fetch(RosterVersionRepository::shift);
    }

    /** The published version whose period holds the day, if any (the newest when periods overlap). */
    public Optional<RosterVersionSummary> publishedCovering(LocalDate day) {
        return ctx.select(ROSTER_VERSION.ID).from(ROSTER_VERSION)
                .where(ROSTER_VERSION.STATUS.eq(RosterStatus.PUBLISHED))
                .and(ROSTER_VERSION.FIRST_DAY.le(day)).and(ROSTER_VERSION.LAST_DAY.ge(day))
                .orderBy(ROSTER_VERSION.PUBLISHED_AT.desc()).limit(1).fetchOptional(ROSTER_VERSION.ID)
                .flatMap(this::find);
    }

    /** The published versions whose period shares a day with {@code from .. to}, oldest period first. */
    public List<RosterVersionSummary> publishedOverlapping(LocalDate from, LocalDate to) {
        return ctx.selectFrom(ROSTER_VERSION).where(ROSTER_VERSION.STATUS.eq(RosterStatus.PUBLISHED))
                .and(ROSTER_VERSION.FIRST_DAY.le(to)).and(ROSTER_VERSION.LAST_DAY.ge(from))
                .orderBy(ROSTER_VERSION.FIRST_DAY, ROSTER_VERSION.PUBLISHED_AT).fetch(RosterVersionRepository::summary);
    }

    /** An agent's shifts in published versions between two days. */
    public List<StoredShift> publishedShiftsOf(long agentId, LocalDate from, LocalDate to) {
        return shiftQuery().join(ROSTER_VERSION).on(ROSTER_VERSION.ID.eq(ROSTER_SHIFT.ROSTER_VERSION_ID))
                .where(ROSTER_VERSION.STATUS.eq(RosterStatus.PUBLISHED)).and(ROSTER_SHIFT.AGENT_ID.eq(agentId))
                .and(ROSTER_SHIFT.WORK_DATE.between(from, to))
                .orderBy(ROSTER_SHIFT.WORK_DATE).fetch(RosterVersionRepository::shift);
    }

    /** The version's breaks and lunches (its training sessions: {@link RosterTrainingRepository}). */
    public List<StoredActivity> activities(long versionId) {
        return ctx.select(ROSTER_ACTIVITY.AGENT_ID, ROSTER_ACTIVITY.WORK_DATE, ROSTER_ACTIVITY.STARTS_AT,
                        ROSTER_ACTIVITY.MINUTES, ROSTER_ACTIVITY.KIND)
                .from(ROSTER_ACTIVITY).where(ROSTER_ACTIVITY.ROSTER_VERSION_ID.eq(versionId))
                .and(ROSTER_ACTIVITY.KIND.in("BREAK", "LUNCH"))
                .orderBy(ROSTER_ACTIVITY.AGENT_ID, ROSTER_ACTIVITY.STARTS_AT)
                .fetch(r -> new StoredActivity(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private org.jooq.SelectOnConditionStep<Record> shiftQuery() {
        return ctx.select(ROSTER_SHIFT.fields()).select(AGENT.EMPLOYEE_NUMBER, AGENT.FIRST_NAME, AGENT.LAST_NAME, SITE.CODE)
                .from(ROSTER_SHIFT).join(AGENT).on(AGENT.ID.eq(ROSTER_SHIFT.AGENT_ID))
                .leftJoin(SITE).on(SITE.ID.eq(ROSTER_SHIFT.SITE_ID));
    }

    private static StoredShift shift(Record r) {
        return new StoredShift(r.get(ROSTER_SHIFT.AGENT_ID), r.get(AGENT.EMPLOYEE_NUMBER),
                r.get(AGENT.FIRST_NAME) + " " + r.get(AGENT.LAST_NAME), r.get(ROSTER_SHIFT.WORK_DATE),
                r.get(ROSTER_SHIFT.SHIFT_TEMPLATE_ID), r.get(ROSTER_SHIFT.SHIFT_CODE), r.get(ROSTER_SHIFT.STARTS_AT),
                r.get(ROSTER_SHIFT.LENGTH_MINUTES), r.get(ROSTER_SHIFT.SITE_ID), r.get(SITE.CODE), r.get(ROSTER_SHIFT.PINNED),
                r.get(ROSTER_SHIFT.BREAK_BUCKET) == null ? null : r.get(ROSTER_SHIFT.BREAK_BUCKET).intValue());
    }

    private static RosterVersionSummary summary(dev.frontline.db.tables.records.RosterVersionRecord r) {
        return new RosterVersionSummary(r.getId(), r.getName(), r.getFirstDay(), r.getLastDay(), r.getStatus(),
                r.getBasedOnId(), Arrays.asList(r.getRequirementVersionIds()), r.getSolverConfig(), r.getCreatedAt(),
                r.getCreatedBy(), r.getUpdatedAt(), r.getPublishedAt(), r.getPublishedBy(), r.getScore(), r.getHardScore(),
                r.getSoftScore(), r.getUndercoveragePercent() == null ? null : r.getUndercoveragePercent().doubleValue(),
                r.getSolvingSeconds() == null ? null : r.getSolvingSeconds().doubleValue());
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
