package dev.frontline.roster.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.ROSTER_ACTIVITY;
import static dev.frontline.db.Tables.ROSTER_TRAINING_ATTENDEE;
import static dev.frontline.db.Tables.ROSTER_TRAINING_SESSION;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_ENROLMENT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.db.enums.RosterStatus;
import dev.frontline.db.tables.records.RosterActivityRecord;
import dev.frontline.db.tables.records.RosterTrainingAttendeeRecord;

/**
 * Training sessions placed in roster versions, their attendees, and each person's TRAINING activity inside their
 * shift; callers hold the transaction (the roster's shifts are written in the same one).
 */
@Repository
public class RosterTrainingRepository {

    private final DSLContext ctx;

    RosterTrainingRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A placed session to store. {@code attendees}: agent id → enrolment id; {@code offThePhones}: the agents whose
     * shift holds the session (attendees and an agent trainer), who get a TRAINING activity.
     */
    public record SessionRow(String key, long courseId, int sessionNumber, int sessionCount, LocalDate workDate,
            OffsetDateTime startsAt, int minutes, Long siteId, Long trainerAgentId, String trainerName,
            Map<Long, Long> attendees, List<Long> offThePhones) {
    }

    /** Replaces the version's sessions; call after its shifts are written (the activities belong to the shifts). */
    public void replaceSessions(long versionId, List<SessionRow> sessions) {
        ctx.deleteFrom(ROSTER_TRAINING_SESSION).where(ROSTER_TRAINING_SESSION.ROSTER_VERSION_ID.eq(versionId)).execute();
        List<RosterTrainingAttendeeRecord> attendees = new ArrayList<>();
        List<RosterActivityRecord> activities = new ArrayList<>();
        for (SessionRow s : sessions) {
            long id = insertSession(versionId, s);
            s.attendees().forEach((agentId, enrolmentId) -> {
                RosterTrainingAttendeeRecord r = new RosterTrainingAttendeeRecord();
                r.setSessionId(id);
                r.setAgentId(agentId);
                r.setEnrolmentId(enrolmentId);
                attendees.add(r);
            });
            for (long agentId : s.offThePhones()) {
                RosterActivityRecord r = new RosterActivityRecord();
                r.setRosterVersionId(versionId);
                r.setAgentId(agentId);
                r.setWorkDate(s.workDate());
                r.setStartsAt(s.startsAt());
                r.setMinutes(s.minutes());
                r.setKind("TRAINING");
                r.setTrainingSessionId(id);
                activities.add(r);
            }
        }
        if (!attendees.isEmpty()) {
            ctx.batchInsert(attendees).execute();
        }
        if (!activities.isEmpty()) {
            ctx.batchInsert(activities).execute();
        }
    }

    /** Where a stored session was placed: the engine's key, its work date and start. */
    public record StoredSlot(String key, LocalDate workDate, OffsetDateTime startsAt) {
    }

    public List<StoredSlot> slots(long versionId) {
        return ctx.select(ROSTER_TRAINING_SESSION.SESSION_KEY, ROSTER_TRAINING_SESSION.WORK_DATE,
                        ROSTER_TRAINING_SESSION.STARTS_AT)
                .from(ROSTER_TRAINING_SESSION).where(ROSTER_TRAINING_SESSION.ROSTER_VERSION_ID.eq(versionId))
                .orderBy(ROSTER_TRAINING_SESSION.STARTS_AT, ROSTER_TRAINING_SESSION.SESSION_KEY)
                .fetch(Records.mapping(StoredSlot::new));
    }

    /**
     * Copies the sessions of one version into another, only those whose attendees and agent trainer all keep their
     * own schedule in the copy ({@code agentMap} maps them to themselves): a session handed to someone else's shifts
     * would no longer be inside its people's shifts. TRAINING activities are written when the copy is saved.
     */
    public void copySessions(long fromVersionId, long toVersionId, Map<Long, Long> agentMap) {
        for (SessionRow s : sessionRows(fromVersionId)) {
            boolean kept = s.attendees().keySet().stream().allMatch(a -> a.equals(agentMap.get(a)))
                    && (s.trainerAgentId() == null || !agentMap.containsKey(s.trainerAgentId())
                            || s.trainerAgentId().equals(agentMap.get(s.trainerAgentId())));
            if (kept) {
                List<SessionRow> one = List.of(new SessionRow(s.key(), s.courseId(), s.sessionNumber(),
                        s.sessionCount(), s.workDate(), s.startsAt(), s.minutes(), s.siteId(), s.trainerAgentId(),
                        s.trainerName(), s.attendees(), List.of()));
                insertKeeping(toVersionId, one);
            }
        }
    }

    private long insertSession(long versionId, SessionRow s) {
        return ctx.insertInto(ROSTER_TRAINING_SESSION)
                .set(ROSTER_TRAINING_SESSION.ROSTER_VERSION_ID, versionId)
                .set(ROSTER_TRAINING_SESSION.SESSION_KEY, s.key())
                .set(ROSTER_TRAINING_SESSION.COURSE_ID, s.courseId())
                .set(ROSTER_TRAINING_SESSION.SESSION_NUMBER, s.sessionNumber())
                .set(ROSTER_TRAINING_SESSION.SESSION_COUNT, s.sessionCount())
                .set(ROSTER_TRAINING_SESSION.WORK_DATE, s.workDate())
                .set(ROSTER_TRAINING_SESSION.STARTS_AT, s.startsAt())
                .set(ROSTER_TRAINING_SESSION.MINUTES, s.minutes())
                .set(ROSTER_TRAINING_SESSION.SITE_ID, s.siteId())
                .set(ROSTER_TRAINING_SESSION.TRAINER_AGENT_ID, s.trainerAgentId())
                .set(ROSTER_TRAINING_SESSION.TRAINER_NAME, s.trainerName())
                .returning(ROSTER_TRAINING_SESSION.ID).fetchSingle(ROSTER_TRAINING_SESSION.ID);
    }

    private void insertKeeping(long versionId, List<SessionRow> rows) {
        for (SessionRow s : rows) {
            long id = insertSession(versionId, s);
            s.attendees().forEach((agentId, enrolmentId) -> ctx.insertInto(ROSTER_TRAINING_ATTENDEE)
                    .set(ROSTER_TRAINING_ATTENDEE.SESSION_ID, id).set(ROSTER_TRAINING_ATTENDEE.AGENT_ID, agentId)
                    .set(ROSTER_TRAINING_ATTENDEE.ENROLMENT_ID, enrolmentId).execute());
        }
    }

    private List<SessionRow> sessionRows(long versionId) {
        var s = ROSTER_TRAINING_SESSION;
        Map<Long, Map<Long, Long>> attendees = new LinkedHashMap<>();
        ctx.select(ROSTER_TRAINING_ATTENDEE.SESSION_ID, ROSTER_TRAINING_ATTENDEE.AGENT_ID,
                        ROSTER_TRAINING_ATTENDEE.ENROLMENT_ID)
                .from(ROSTER_TRAINING_ATTENDEE).join(s).on(s.ID.eq(ROSTER_TRAINING_ATTENDEE.SESSION_ID))
                .where(s.ROSTER_VERSION_ID.eq(versionId))
                .forEach(r -> attendees.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value3()));
        return ctx.selectFrom(s).where(s.ROSTER_VERSION_ID.eq(versionId)).orderBy(s.ID)
                .fetch(r -> new SessionRow(r.getSessionKey(), r.getCourseId(), r.getSessionNumber(),
                        r.getSessionCount(), r.getWorkDate(), r.getStartsAt(), r.getMinutes(), r.getSiteId(),
                        r.getTrainerAgentId(), r.getTrainerName(), attendees.getOrDefault(r.getId(), Map.of()),
                        List.of()));
    }

    /** Publishing: the open enrolments of the version's sessions' attendees are scheduled now. */
    public int markScheduled(long versionId) {
        return ctx.update(TRAINING_ENROLMENT).set(TRAINING_ENROLMENT.STATUS, EnrolmentStatus.SCHEDULED)
                .set(TRAINING_ENROLMENT.VERSION, TRAINING_ENROLMENT.VERSION.plus(1))
                .where(TRAINING_ENROLMENT.STATUS.eq(EnrolmentStatus.PLANNED))
                .and(TRAINING_ENROLMENT.ID.in(DSL.select(ROSTER_TRAINING_ATTENDEE.ENROLMENT_ID)
                        .from(ROSTER_TRAINING_ATTENDEE).join(ROSTER_TRAINING_SESSION)
                        .on(ROSTER_TRAINING_SESSION.ID.eq(ROSTER_TRAINING_ATTENDEE.SESSION_ID))
                        .where(ROSTER_TRAINING_SESSION.ROSTER_VERSION_ID.eq(versionId))))
                .execute();
    }

    /** A stored session as planners and agents read it. */
    public record SessionView(long id, long rosterVersionId, String courseCode, String courseName, int sessionNumber,
            int sessionCount, LocalDate workDate, OffsetDateTime startsAt, int minutes, String siteCode,
            String siteName, String trainerName, List<Attendee> attendees) {
    }

    public record Attendee(long agentId, String employeeNumber, String name, long enrolmentId) {
    }

    /** The sessions of one version, by start. */
    public List<SessionView> sessionsOf(long versionId) {
        return views(ROSTER_TRAINING_SESSION.ROSTER_VERSION_ID.eq(versionId));
    }

    /** The sessions of published rosters that start on the days from .. to (inclusive, on the given clock). */
    public List<SessionView> published(OffsetDateTime from, OffsetDateTime toExclusive) {
        return views(ROSTER_VERSION.STATUS.eq(RosterStatus.PUBLISHED)
                .and(ROSTER_TRAINING_SESSION.STARTS_AT.ge(from)).and(ROSTER_TRAINING_SESSION.STARTS_AT.lt(toExclusive)));
    }

    /** An agent's sessions in published rosters starting from {@code from}, attending only, at most {@code limit}. */
    public List<SessionView> publishedOf(long agentId, OffsetDateTime from, int limit) {
        return views(ROSTER_VERSION.STATUS.eq(RosterStatus.PUBLISHED).and(ROSTER_TRAINING_SESSION.STARTS_AT.ge(from))
                .and(ROSTER_TRAINING_SESSION.ID.in(DSL.select(ROSTER_TRAINING_ATTENDEE.SESSION_ID)
                        .from(ROSTER_TRAINING_ATTENDEE).where(ROSTER_TRAINING_ATTENDEE.AGENT_ID.eq(agentId)))))
                .stream().limit(limit).toList();
    }

    /** The centre's clock: the first site's time zone, as rosters are read on (UTC before any site exists). */
    public java.time.ZoneId centreZone() {
        return ctx.select(SITE.TIME_ZONE).from(SITE).orderBy(SITE.ID).limit(1).fetchOptional(SITE.TIME_ZONE)
                .map(java.time.ZoneId::of).orElse(java.time.ZoneOffset.UTC);
    }

    private List<SessionView> views(Condition condition) {
        var s = ROSTER_TRAINING_SESSION;
        var rows = ctx.select(s.ID, s.ROSTER_VERSION_ID, TRAINING_COURSE.CODE, TRAINING_COURSE.NAME, s.SESSION_NUMBER,
                        s.SESSION_COUNT, s.WORK_DATE, s.STARTS_AT, s.MINUTES, SITE.CODE, SITE.NAME, s.TRAINER_NAME)
                .from(s).join(ROSTER_VERSION).on(ROSTER_VERSION.ID.eq(s.ROSTER_VERSION_ID))
                .join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(s.COURSE_ID))
                .leftJoin(SITE).on(SITE.ID.eq(s.SITE_ID))
                .where(condition).orderBy(s.STARTS_AT, TRAINING_COURSE.CODE, s.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Attendee>> attendees = new LinkedHashMap<>();
        ctx.select(ROSTER_TRAINING_ATTENDEE.SESSION_ID, AGENT.ID, AGENT.EMPLOYEE_NUMBER,
                        DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME), ROSTER_TRAINING_ATTENDEE.ENROLMENT_ID)
                .from(ROSTER_TRAINING_ATTENDEE).join(AGENT).on(AGENT.ID.eq(ROSTER_TRAINING_ATTENDEE.AGENT_ID))
                .where(ROSTER_TRAINING_ATTENDEE.SESSION_ID.in(rows.map(r -> r.value1())))
                .orderBy(AGENT.EMPLOYEE_NUMBER)
                .forEach(r -> attendees.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Attendee(r.value2(), r.value3(), r.value4(), r.value5())));
        return rows.map(r -> new SessionView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                List.copyOf(attendees.getOrDefault(r.value1(), List.of()))));
    }
}
