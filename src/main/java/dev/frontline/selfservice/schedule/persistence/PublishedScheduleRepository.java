package dev.frontline.selfservice.schedule.persistence;

import static dev.frontline.db.Tables.ROSTER_ACTIVITY;
import static dev.frontline.db.Tables.ROSTER_TRAINING_SESSION;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.ROSTER_SHIFT;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static dev.frontline.db.Tables.SCHEDULE_SEEN_DAY;
import static dev.frontline.db.Tables.SCHEDULE_VISIT;
import static dev.frontline.db.Tables.SITE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.RosterStatus;

/**
 * Reads (never writes) an agent's published shifts and their breaks from the roster tables, and keeps what the agent
 * last saw of them ({@code schedule_visit}, {@code schedule_seen_day}).
 */
@Repository
public class PublishedScheduleRepository {

    private final DSLContext ctx;

    PublishedScheduleRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public record ShiftRow(long versionId, LocalDate workDate, OffsetDateTime startsAt, int lengthMinutes, Long siteId,
            String siteCode, String siteName, OffsetDateTime publishedAt) {
    }

    /** A break, lunch or training session; {@code course} and the session numbers only for a session. */
    public record ActivityRow(LocalDate workDate, OffsetDateTime startsAt, int minutes, String kind, String course,
            Integer sessionNumber, Integer sessionCount) {
    }

    public record SeenDay(LocalDate workDate, OffsetDateTime startsAt, Integer lengthMinutes, String siteCode) {
    }

    public record Visit(LocalDate seenFrom, LocalDate seenTo, OffsetDateTime seenAt) {
    }

    public List<ShiftRow> shifts(long agentId, LocalDate from, LocalDate to) {
        return ctx.select(ROSTER_SHIFT.ROSTER_VERSION_ID, ROSTER_SHIFT.WORK_DATE, ROSTER_SHIFT.STARTS_AT,
                        ROSTER_SHIFT.LENGTH_MINUTES, SITE.ID, SITE.CODE, SITE.NAME, ROSTER_VERSION.PUBLISHED_AT)
                .from(ROSTER_SHIFT)
                .join(ROSTER_VERSION).on(ROSTER_VERSION.ID.eq(ROSTER_SHIFT.ROSTER_VERSION_ID))
                .leftJoin(SITE).on(SITE.ID.eq(ROSTER_SHIFT.SITE_ID))
                .where(ROSTER_VERSION.STATUS.eq(RosterStatus.PUBLISHED)).and(ROSTER_SHIFT.AGENT_ID.eq(agentId))
                .and(ROSTER_SHIFT.WORK_DATE.between(from, to))
                .orderBy(ROSTER_SHIFT.WORK_DATE)
                .fetch(Records.mapping(ShiftRow::new));
    }

    public List<ActivityRow> activities(long agentId, LocalDate from, LocalDate to) {
        return ctx.select(ROSTER_ACTIVITY.WORK_DATE, ROSTER_ACTIVITY.STARTS_AT, ROSTER_ACTIVITY.MINUTES, ROSTER_ACTIVITY.KIND,
                        TRAINING_COURSE.NAME, ROSTER_TRAINING_SESSION.SESSION_NUMBER, ROSTER_TRAINING_SESSION.SESSION_COUNT)
                .from(ROSTER_ACTIVITY)
                .join(ROSTER_VERSION).on(ROSTER_VERSION.ID.eq(ROSTER_ACTIVITY.ROSTER_VERSION_ID))
                .leftJoin(ROSTER_TRAINING_SESSION).on(ROSTER_TRAINING_SESSION.ID.eq(ROSTER_ACTIVITY.TRAINING_SESSION_ID))
                .leftJoin(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(ROSTER_TRAINING_SESSION.COURSE_ID))
                .where(ROSTER_VERSION.STATUS.eq(RosterStatus.PUBLISHED)).and(ROSTER_ACTIVITY.AGENT_ID.eq(agentId))
                .and(ROSTER_ACTIVITY.WORK_DATE.between(from, to))
                .orderBy(ROSTER_ACTIVITY.STARTS_AT)
                .fetch(Records.mapping(ActivityRow::new));
    }

    /** The first and last day of the published rosters (empty when nothing is published). */
    public Optional<LocalDate[]> publishedPeriod() {
        var r = ctx.select(DSL.min(ROSTER_VERSION.FIRST_DAY), DSL.max(ROSTER_VERSION.LAST_DAY)).from(ROSTER_VERSION)
                .where(ROSTER_VERSION.STATUS.eq(RosterStatus.PUBLISHED)).fetchSingle();
        return r.value1() == null ? Optional.empty() : Optional.of(new LocalDate[] {r.value1(), r.value2()});
    }

    /** A version's shifts from a day on: agent id → day → start, length and site, as one comparable text. */
    public java.util.Map<Long, java.util.Map<LocalDate, String>> versionShifts(List<Long> versionIds, LocalDate from) {
        java.util.Map<Long, java.util.Map<LocalDate, String>> byAgent = new java.util.HashMap<>();
        ctx.select(ROSTER_SHIFT.AGENT_ID, ROSTER_SHIFT.WORK_DATE, ROSTER_SHIFT.STARTS_AT, ROSTER_SHIFT.LENGTH_MINUTES,
                        ROSTER_SHIFT.SITE_ID)
                .from(ROSTER_SHIFT).where(ROSTER_SHIFT.ROSTER_VERSION_ID.in(versionIds)).and(ROSTER_SHIFT.WORK_DATE.ge(from))
                .forEach(r -> byAgent.computeIfAbsent(r.value1(), a -> new java.util.HashMap<>())
                        .put(r.value2(), r.value3().toInstant() + "/" + r.value4() + "/" + r.value5()));
        return byAgent;
    }

    public Optional<Visit> visit(long agentId) {
        return ctx.select(SCHEDULE_VISIT.SEEN_FROM, SCHEDULE_VISIT.SEEN_TO, SCHEDULE_VISIT.SEEN_AT).from(SCHEDULE_VISIT)
                .where(SCHEDULE_VISIT.AGENT_ID.eq(agentId)).fetchOptional(Records.mapping(Visit::new));
    }

    public List<SeenDay> seenDays(long agentId) {
        return ctx.select(SCHEDULE_SEEN_DAY.WORK_DATE, SCHEDULE_SEEN_DAY.STARTS_AT, SCHEDULE_SEEN_DAY.LENGTH_MINUTES,
                        SITE.CODE)
                .from(SCHEDULE_SEEN_DAY).leftJoin(SITE).on(SITE.ID.eq(SCHEDULE_SEEN_DAY.SITE_ID))
                .where(SCHEDULE_SEEN_DAY.AGENT_ID.eq(agentId)).orderBy(SCHEDULE_SEEN_DAY.WORK_DATE)
                .fetch(Records.mapping(SeenDay::new));
    }

    /** Replaces what the agent has seen: every day from {@code from} to {@code to}, shifts as given, others off. */
    public void saveVisit(long agentId, LocalDate from, LocalDate to, OffsetDateTime at, List<ShiftRow> shifts) {
        ctx.insertInto(SCHEDULE_VISIT).set(SCHEDULE_VISIT.AGENT_ID, agentId).set(SCHEDULE_VISIT.SEEN_FROM, from)
                .set(SCHEDULE_VISIT.SEEN_TO, to).set(SCHEDULE_VISIT.SEEN_AT, at)
                .onConflict(SCHEDULE_VISIT.AGENT_ID).doUpdate().set(SCHEDULE_VISIT.SEEN_FROM, from)
                .set(SCHEDULE_VISIT.SEEN_TO, to).set(SCHEDULE_VISIT.SEEN_AT, at).execute();
        ctx.deleteFrom(SCHEDULE_SEEN_DAY).where(SCHEDULE_SEEN_DAY.AGENT_ID.eq(agentId)).execute();
        var insert = ctx.insertInto(SCHEDULE_SEEN_DAY, SCHEDULE_SEEN_DAY.AGENT_ID, SCHEDULE_SEEN_DAY.WORK_DATE,
                SCHEDULE_SEEN_DAY.STARTS_AT, SCHEDULE_SEEN_DAY.LENGTH_MINUTES, SCHEDULE_SEEN_DAY.SITE_ID);
        java.util.Map<LocalDate, ShiftRow> byDay = new java.util.HashMap<>();
        shifts.forEach(s -> byDay.put(s.workDate(), s));
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            ShiftRow s = byDay.get(d);
            insert = insert.values(agentId, d, s == null ? null : s.startsAt(), s == null ? null : s.lengthMinutes(),
                    s == null ? null : s.siteId());
        }
        insert.execute();
    }
}
