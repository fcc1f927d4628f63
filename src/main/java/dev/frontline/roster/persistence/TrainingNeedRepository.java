package dev.frontline.roster.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.ROSTER_TRAINING_ATTENDEE;
import static dev.frontline.db.Tables.ROSTER_TRAINING_SESSION;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_ENROLMENT;
import static dev.frontline.db.Tables.TRAINING_PATH_COURSE;
import static dev.frontline.db.Tables.TRAINING_PATH_ENROLMENT;
import static dev.frontline.db.Tables.TRAINING_TRAINER;
import static dev.frontline.db.Tables.TRAINING_TRAINER_AWAY;
import static dev.frontline.db.Tables.TRAINING_TRAINER_HOURS;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.db.enums.RosterStatus;
import dev.frontline.db.enums.TrainingDelivery;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.TrainerAvailability;
import dev.frontline.roster.engine.TrainingNeed;
import dev.frontline.roster.service.TrainingSessionSource;

/**
 * The training sessions a roster period must place, read from the open enrolments of its agents (docs/training.md,
 * "Sessions placed by the roster"): the enrolments of one course with the same start and due date (for a path, the same path
 * enrolment date) are a cohort; a classroom cohort is split into groups of at most the room's seats; each group sits
 * the course's sessions together, less those it already sat in published rosters before the period, in order, and a
 * path's next course after the last session of its course before.
 */
@Repository
public class TrainingNeedRepository {

    private final DSLContext ctx;

    TrainingNeedRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** One open enrolment of an agent of the roster, with its course (and path, if any). */
    record OpenEnrolment(long enrolmentId, long agentId, String employeeNumber, String agentName, long courseId,
            LocalDate enrolledOn, LocalDate dueDate, Long pathId, LocalDate pathEnrolledOn, Short position,
            String courseCode, String courseName, BigDecimal totalHours, int sessionMinutes, TrainingDelivery delivery,
            Long siteId, String siteCode, Integer roomSeats, Long trainerAgentId, String trainerEmployeeNumber,
            String trainerAgentName, String trainerName) {

        String cohortKey() {
            return pathId == null ? "C" + courseId + ":" + enrolledOn + ":" + dueDate
                    : "P" + pathId + ":" + pathEnrolledOn + ":" + courseId;
        }

        /** The cohort without the course: a path's courses for the same people share it. */
        String pathCohortKey() {
            return "P" + pathId + ":" + pathEnrolledOn;
        }

        int sessionCount() {
            return (int) Math.ceil(totalHours.doubleValue() * 60 / sessionMinutes);
        }
    }

    /**
     * Adds the period's training needs to the builder; {@code agents} maps the roster's agent ids (database) to engine
     * ids. Returns what each engine session stands for.
     */
    public Map<String, TrainingSessionSource> addNeeds(RosterBuilder builder, LocalDate firstDay, LocalDate lastDay,
            ZoneId zone, Map<Long, String> agents) {
        List<OpenEnrolment> open = openEnrolments(firstDay, lastDay).stream()
                .filter(e -> agents.containsKey(e.agentId()))
                .filter(e -> e.sessionMinutes() % 15 == 0)
                .toList();
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> held = heldSessions(open.stream().map(OpenEnrolment::enrolmentId).toList(), firstDay, zone);
        Map<String, List<OpenEnrolment>> cohorts = new TreeMap<>();
        open.forEach(e -> cohorts.computeIfAbsent(e.cohortKey(), k -> new ArrayList<>()).add(e));

        /* one group of a cohort with its remaining sessions, for linking a path's courses in order */
        record Group(OpenEnrolment course, List<OpenEnrolment> members, List<String> sessionIds) {
        }
        List<Group> groups = new ArrayList<>();
        Map<String, TrainingSessionSource> sources = new LinkedHashMap<>();
        List<TrainingNeed> needs = new ArrayList<>();
        for (List<OpenEnrolment> cohort : cohorts.values()) {
            cohort.sort(Comparator.comparing(OpenEnrolment::employeeNumber));
            OpenEnrolment course = cohort.get(0);
            int seats = course.delivery() == TrainingDelivery.CLASSROOM && course.roomSeats() != null
                    ? course.roomSeats() : cohort.size();
            int groupCount = (cohort.size() + seats - 1) / seats;
            for (int g = 0; g < groupCount; g++) {
                // even groups: 13 people in a room of 12 sit as 7 and 6, not 12 and 1
                List<OpenEnrolment> members = cohort.subList(g * cohort.size() / groupCount,
                        (g + 1) * cohort.size() / groupCount);
                int count = course.sessionCount();
                int done = members.stream().mapToInt(m -> held.getOrDefault(m.enrolmentId(), 0)).min().orElse(0);
                LocalDate start = members.stream().map(OpenEnrolment::enrolledOn).max(Comparator.naturalOrder()).orElseThrow();
                LocalDate due = members.stream().map(OpenEnrolment::dueDate).min(Comparator.naturalOrder()).orElseThrow();
                int earliestDay = (int) Math.max(0, start.toEpochDay() - firstDay.toEpochDay());
                int lastDayIndex = (int) (due.toEpochDay() - firstDay.toEpochDay());
                String trainerEngineId = course.trainerAgentId() == null ? null : agents.get(course.trainerAgentId());
                String trainerName = course.trainerAgentId() != null ? course.trainerAgentName() : course.trainerName();
                String roomId = course.delivery() == TrainingDelivery.CLASSROOM
                        ? course.courseCode() + "@" + course.siteCode() : null;
                List<String> attendees = members.stream().map(m -> agents.get(m.agentId())).toList();
                Map<Long, Long> enrolments = new LinkedHashMap<>();
                members.forEach(m -> enrolments.put(m.agentId(), m.enrolmentId()));
                String cohortLabel = course.pathId() == null ? course.enrolledOn() + "-" + course.dueDate()
                        : "P" + course.pathId() + "-" + course.pathEnrolledOn();
                List<String> ids = new ArrayList<>();
                String previous = null;
                for (int n = done + 1; n <= count; n++) {
                    String id = "TRN:" + course.courseCode() + ":" + cohortLabel + ":" + (g + 1) + ":" + n;
                    needs.add(new TrainingNeed(id, course.courseCode(), course.courseName(), n, count,
                            course.sessionMinutes(), attendees, trainerEngineId, trainerName, roomId,
                            roomId == null ? 0 : seats, roomId == null ? null : course.siteCode(), earliestDay,
                            lastDayIndex, previous));
                    sources.put(id, new TrainingSessionSource(course.courseId(), course.courseCode(), course.courseName(),
                            n, count, course.sessionMinutes(), roomId == null ? null : course.siteId(),
                            roomId == null ? null : course.siteCode(), course.trainerAgentId(), trainerName, enrolments));
                    ids.add(id);
                    previous = id;
                }
                groups.add(new Group(course, members, ids));
            }
        }
        // a path's course starts after the last session of the path's course before it, for the same people
        Map<String, TrainingNeed> byId = new LinkedHashMap<>();
        needs.forEach(n -> byId.put(n.id(), n));
        for (Group group : groups) {
            if (group.course().pathId() == null || group.sessionIds().isEmpty()
                    || byId.get(group.sessionIds().get(0)).previousId() != null) {
                continue;
            }
            long firstAgent = group.members().get(0).agentId();
            groups.stream()
                    .filter(o -> o.course().pathId() != null && !o.sessionIds().isEmpty()
                            && o.course().pathCohortKey().equals(group.course().pathCohortKey())
                            && o.course().position() != null && group.course().position() != null
                            && o.course().position() < group.course().position()
                            && o.members().stream().anyMatch(m -> m.agentId() == firstAgent))
                    .max(Comparator.comparing(o -> o.course().position()))
                    .ifPresent(before -> {
                        TrainingNeed first = byId.get(group.sessionIds().get(0));
                        String previous = before.sessionIds().get(before.sessionIds().size() - 1);
                        byId.put(first.id(), first.after(previous));
                    });
        }
        byId.values().forEach(builder::training);
        trainerAvailability(groups.stream().map(Group::course).filter(c -> c.trainerAgentId() == null)
                .map(OpenEnrolment::trainerName).collect(Collectors.toCollection(TreeSet::new)))
                .forEach(builder::trainerAvailability);
        return sources;
    }

    /** Open enrolments (planned or scheduled) due on or after the first day and started by the last. */
    List<OpenEnrolment> openEnrolments(LocalDate firstDay, LocalDate lastDay) {
        var e = TRAINING_ENROLMENT;
        var trainer = AGENT.as("trainer");
        return ctx.select(e.ID, e.AGENT_ID, AGENT.EMPLOYEE_NUMBER,
                        DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME), e.COURSE_ID, e.ENROLLED_ON,
                        e.DUE_DATE, TRAINING_PATH_ENROLMENT.PATH_ID, TRAINING_PATH_ENROLMENT.ENROLLED_ON,
                        TRAINING_PATH_COURSE.POSITION, TRAINING_COURSE.CODE, TRAINING_COURSE.NAME,
                        TRAINING_COURSE.TOTAL_HOURS, TRAINING_COURSE.SESSION_MINUTES, TRAINING_COURSE.DELIVERY,
                        TRAINING_COURSE.SITE_ID, SITE.CODE, TRAINING_COURSE.ROOM_SEATS, TRAINING_COURSE.TRAINER_AGENT_ID,
                        trainer.EMPLOYEE_NUMBER, DSL.concat(trainer.FIRST_NAME, DSL.inline(" "), trainer.LAST_NAME),
                        TRAINING_COURSE.TRAINER_NAME)
                .from(e).join(AGENT).on(AGENT.ID.eq(e.AGENT_ID))
                .join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(e.COURSE_ID))
                .leftJoin(SITE).on(SITE.ID.eq(TRAINING_COURSE.SITE_ID))
                .leftJoin(trainer).on(trainer.ID.eq(TRAINING_COURSE.TRAINER_AGENT_ID))
                .leftJoin(TRAINING_PATH_ENROLMENT).on(TRAINING_PATH_ENROLMENT.ID.eq(e.PATH_ENROLMENT_ID))
                .leftJoin(TRAINING_PATH_COURSE).on(TRAINING_PATH_COURSE.PATH_ID.eq(TRAINING_PATH_ENROLMENT.PATH_ID)
                        .and(TRAINING_PATH_COURSE.COURSE_ID.eq(e.COURSE_ID)))
                .where(e.STATUS.in(EnrolmentStatus.PLANNED, EnrolmentStatus.SCHEDULED))
                .and(e.DUE_DATE.ge(firstDay)).and(e.ENROLLED_ON.le(lastDay))
                .orderBy(TRAINING_COURSE.CODE, AGENT.EMPLOYEE_NUMBER)
                .fetch(Records.mapping(OpenEnrolment::new));
    }

    /**
     * The availability of the named trainers that have a record (docs/training.md, "Trainers' availability"): their
     * weekly windows in minutes of the local day, as written, and their days away. A trainer with days away but no
     * weekly hours can teach any time of the other days. A name without a record is left out: available any time.
     */
    public Map<String, TrainerAvailability> trainerAvailability(Set<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<DayOfWeek, TrainerAvailability.Window>> weekly = new TreeMap<>();
        Map<String, Set<LocalDate>> away = new TreeMap<>();
        ctx.select(TRAINING_TRAINER.NAME).from(TRAINING_TRAINER).where(TRAINING_TRAINER.NAME.in(names))
                .forEach(r -> {
                    weekly.put(r.value1(), new EnumMap<>(DayOfWeek.class));
                    away.put(r.value1(), new HashSet<>());
                });
        ctx.select(TRAINING_TRAINER.NAME, TRAINING_TRAINER_HOURS.WEEKDAY, TRAINING_TRAINER_HOURS.FROM_TIME,
                        TRAINING_TRAINER_HOURS.TO_TIME)
                .from(TRAINING_TRAINER_HOURS)
                .join(TRAINING_TRAINER).on(TRAINING_TRAINER.ID.eq(TRAINING_TRAINER_HOURS.TRAINER_ID))
                .where(TRAINING_TRAINER.NAME.in(names))
                .forEach(r -> weekly.get(r.value1()).put(DayOfWeek.of(r.value2()),
                        new TrainerAvailability.Window(minuteOfDay(r.value3()), minuteOfDay(r.value4()))));
        ctx.select(TRAINING_TRAINER.NAME, TRAINING_TRAINER_AWAY.DAY)
                .from(TRAINING_TRAINER_AWAY)
                .join(TRAINING_TRAINER).on(TRAINING_TRAINER.ID.eq(TRAINING_TRAINER_AWAY.TRAINER_ID))
                .where(TRAINING_TRAINER.NAME.in(names))
                .forEach(r -> away.get(r.value1()).add(r.value2()));
        Map<String, TrainerAvailability> availability = new LinkedHashMap<>();
        weekly.forEach((name, windows) -> {
            if (windows.isEmpty()) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    windows.put(day, new TrainerAvailability.Window(0, 24 * 60));
                }
            }
            availability.put(name, new TrainerAvailability(windows, away.get(name)));
        });
        return availability;
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** Per enrolment, the highest session number it sat in a published roster before the first day. */
    Map<Long, Integer> heldSessions(List<Long> enrolmentIds, LocalDate firstDay, ZoneId zone) {
        Map<Long, Integer> held = new HashMap<>();
        ctx.select(ROSTER_TRAINING_ATTENDEE.ENROLMENT_ID, DSL.max(ROSTER_TRAINING_SESSION.SESSION_NUMBER))
                .from(ROSTER_TRAINING_ATTENDEE)
                .join(ROSTER_TRAINING_SESSION).on(ROSTER_TRAINING_SESSION.ID.eq(ROSTER_TRAINING_ATTENDEE.SESSION_ID))
                .join(ROSTER_VERSION).on(ROSTER_VERSION.ID.eq(ROSTER_TRAINING_SESSION.ROSTER_VERSION_ID))
                .where(ROSTER_VERSION.STATUS.eq(RosterStatus.PUBLISHED))
                .and(ROSTER_TRAINING_SESSION.STARTS_AT.lt(firstDay.atStartOfDay(zone).toOffsetDateTime()))
                .and(ROSTER_TRAINING_ATTENDEE.ENROLMENT_ID.in(enrolmentIds))
                .groupBy(ROSTER_TRAINING_ATTENDEE.ENROLMENT_ID)
                .forEach(r -> held.put(r.value1(), r.value2()));
        return held;
    }
}
