package dev.frontline.roster.service;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.ROSTER_ACTIVITY;
import static dev.frontline.db.Tables.ROSTER_TRAINING_ATTENDEE;
import static dev.frontline.db.Tables.ROSTER_TRAINING_SESSION;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_ENROLMENT;
import static dev.frontline.db.Tables.TRAINING_PATH;
import static dev.frontline.db.Tables.TRAINING_PATH_COURSE;
import static dev.frontline.db.Tables.TRAINING_PATH_ENROLMENT;
import static dev.frontline.db.Tables.TRAINING_TRAINER;
import static dev.frontline.db.Tables.TRAINING_TRAINER_AWAY;
import static dev.frontline.db.Tables.TRAINING_TRAINER_HOURS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.db.enums.RosterStatus;
import dev.frontline.db.enums.TrainingDelivery;
import dev.frontline.db.enums.TrainingGrant;
import dev.frontline.db.enums.TrainingPathPurpose;
import dev.frontline.roster.engine.TrainingNeed;
import dev.frontline.roster.engine.TrainingSession;
import dev.frontline.roster.engine.TrainingSlot;
import dev.frontline.roster.persistence.RosterScenarioRepository;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Training sessions in rosters on the demo centre: the needs a period loads (cohorts split by the room's seats,
 * sessions already held left out, a path's courses in order), a solved roster's sessions saved and read back,
 * publishing scheduling the enrolments, and who reads them over the API.
 */
@FrontlineIntegrationTest
class RosterTrainingTest {

    static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    static final LocalDate SUNDAY = MONDAY.plusDays(6);

    @Autowired
    DSLContext ctx;
    @Autowired
    RosterScenarioRepository scenarios;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterJobs jobs;
    @Autowired
    UserDetailsService users;
    @Autowired
    JsonMapper json;
    @LocalServerPort
    int port;

    static final String WEDNESDAY_TRAINER = "Named trainer (test)";

    private final List<Long> courses = new ArrayList<>();
    private final List<Long> paths = new ArrayList<>();
    private final List<Long> versions = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        ctx.update(ROSTER_VERSION).setNull(ROSTER_VERSION.BASED_ON_ID).where(ROSTER_VERSION.ID.in(versions)).execute();
        ctx.deleteFrom(ROSTER_VERSION).where(ROSTER_VERSION.ID.in(versions)).execute();
        ctx.deleteFrom(TRAINING_ENROLMENT).where(TRAINING_ENROLMENT.COURSE_ID.in(courses)).execute();
        ctx.deleteFrom(TRAINING_PATH_ENROLMENT).where(TRAINING_PATH_ENROLMENT.PATH_ID.in(paths)).execute();
        ctx.deleteFrom(TRAINING_PATH).where(TRAINING_PATH.ID.in(paths)).execute();
        ctx.deleteFrom(TRAINING_COURSE).where(TRAINING_COURSE.ID.in(courses)).execute();
        ctx.deleteFrom(TRAINING_TRAINER).where(TRAINING_TRAINER.NAME.eq(WEDNESDAY_TRAINER)).execute();
        SecurityContextHolder.clearContext();
    }

    /** Active agents of the roster without an open enrolment, by employee number, after skipping {@code skip}. */
    private List<Long> agents(int skip, int count) {
        return ctx.select(AGENT.ID).from(AGENT).where(AGENT.STATUS.eq(AgentStatus.ACTIVE))
                .and(AGENT.HIRE_DATE.le(MONDAY.minusDays(60)))
                .andNotExists(ctx.selectOne().from(TRAINING_ENROLMENT).where(TRAINING_ENROLMENT.AGENT_ID.eq(AGENT.ID))
                        .and(TRAINING_ENROLMENT.STATUS.in(EnrolmentStatus.PLANNED, EnrolmentStatus.SCHEDULED,
                                EnrolmentStatus.IN_PROGRESS)))
                .orderBy(AGENT.EMPLOYEE_NUMBER).offset(skip).limit(count).fetch(AGENT.ID);
    }

    private long course(String code, String hours, int sessionMinutes, Integer seats) {
        Long site = seats == null ? null : ctx.select(SITE.ID).from(SITE).orderBy(SITE.ID).limit(1).fetchSingle(SITE.ID);
        long id = ctx.insertInto(TRAINING_COURSE).set(TRAINING_COURSE.CODE, code).set(TRAINING_COURSE.NAME, "Course " + code)
                .set(TRAINING_COURSE.GRANTS, TrainingGrant.NONE).set(TRAINING_COURSE.TOTAL_HOURS, new BigDecimal(hours))
                .set(TRAINING_COURSE.SESSION_MINUTES, sessionMinutes)
                .set(TRAINING_COURSE.DELIVERY, seats == null ? TrainingDelivery.VIRTUAL : TrainingDelivery.CLASSROOM)
                .set(TRAINING_COURSE.SITE_ID, site).set(TRAINING_COURSE.ROOM_SEATS, seats)
                .set(TRAINING_COURSE.TRAINER_NAME, "Test trainer").set(TRAINING_COURSE.OFF_PHONE_HOURS, new BigDecimal(hours))
                .returning(TRAINING_COURSE.ID).fetchSingle(TRAINING_COURSE.ID);
        courses.add(id);
        return id;
    }

    private long enrol(long agentId, long courseId, Long pathEnrolmentId, LocalDate enrolledOn, LocalDate due) {
        return ctx.insertInto(TRAINING_ENROLMENT).set(TRAINING_ENROLMENT.AGENT_ID, agentId)
                .set(TRAINING_ENROLMENT.COURSE_ID, courseId).set(TRAINING_ENROLMENT.PATH_ENROLMENT_ID, pathEnrolmentId)
                .set(TRAINING_ENROLMENT.ENROLLED_ON, enrolledOn).set(TRAINING_ENROLMENT.DUE_DATE, due)
                .set(TRAINING_ENROLMENT.ENROLLED_BY, "test").returning(TRAINING_ENROLMENT.ID)
                .fetchSingle(TRAINING_ENROLMENT.ID);
    }

    private List<TrainingNeed> needsOf(String courseCode) {
        return scenarios.load("training", MONDAY, SUNDAY).build().getTrainingSessions().stream()
                .map(TrainingSession::getNeed).filter(n -> n.courseCode().equals(courseCode)).toList();
    }

    @Test
    void aClassroomCohortIsSplitByItsSeatsAndAGroupContinuesAfterTheSessionsItAlreadySat() {
        long course = course("TT-ROOM", "4", 120, 3);
        List<Long> people = agents(0, 5);
        Map<Long, Long> enrolments = new java.util.LinkedHashMap<>();
        people.forEach(a -> enrolments.put(a, enrol(a, course, null, MONDAY.minusDays(10), SUNDAY.plusDays(14))));

        List<TrainingNeed> needs = needsOf("TT-ROOM");
        // 5 people in a room of 3: groups of 2 and 3, each with the course's 2 sessions of 120 minutes, in order
        assertThat(needs).hasSize(4).allMatch(n -> n.minutes() == 120 && n.sessionCount() == 2 && n.roomSeats() == 3
                && n.roomId() != null && n.earliestDay() == 0 && n.lastDay() == 20);
        assertThat(needs.stream().map(n -> n.attendeeIds().size()).distinct().sorted().toList()).containsExactly(2, 3);
        assertThat(needs.stream().flatMap(n -> n.attendeeIds().stream()).distinct()).hasSize(5);
        assertThat(needs).filteredOn(n -> n.sessionNumber() == 1).allMatch(n -> n.previousId() == null);
        assertThat(needs).filteredOn(n -> n.sessionNumber() == 2).allSatisfy(second -> assertThat(needs)
                .anyMatch(first -> first.id().equals(second.previousId()) && first.sessionNumber() == 1
                        && first.attendeeIds().equals(second.attendeeIds())));

        // the first group (the two lowest employee numbers) sat session 1 in last week's published roster
        long published = ctx.insertInto(ROSTER_VERSION).set(ROSTER_VERSION.NAME, "last week")
                .set(ROSTER_VERSION.FIRST_DAY, MONDAY.minusDays(7)).set(ROSTER_VERSION.LAST_DAY, MONDAY.minusDays(1))
                .set(ROSTER_VERSION.STATUS, RosterStatus.PUBLISHED).set(ROSTER_VERSION.SOLVER_CONFIG, "test")
                .set(ROSTER_VERSION.CREATED_BY, "test").set(ROSTER_VERSION.PUBLISHED_AT, OffsetDateTime.now())
                .set(ROSTER_VERSION.PUBLISHED_BY, "test").returning(ROSTER_VERSION.ID).fetchSingle(ROSTER_VERSION.ID);
        versions.add(published);
        long held = ctx.insertInto(ROSTER_TRAINING_SESSION).set(ROSTER_TRAINING_SESSION.ROSTER_VERSION_ID, published)
                .set(ROSTER_TRAINING_SESSION.SESSION_KEY, "held").set(ROSTER_TRAINING_SESSION.COURSE_ID, course)
                .set(ROSTER_TRAINING_SESSION.SESSION_NUMBER, 1).set(ROSTER_TRAINING_SESSION.SESSION_COUNT, 2)
                .set(ROSTER_TRAINING_SESSION.WORK_DATE, MONDAY.minusDays(3))
                .set(ROSTER_TRAINING_SESSION.STARTS_AT, MONDAY.minusDays(3).atTime(10, 0).atOffset(java.time.ZoneOffset.UTC))
                .set(ROSTER_TRAINING_SESSION.MINUTES, 120).set(ROSTER_TRAINING_SESSION.TRAINER_NAME, "Test trainer")
                .returning(ROSTER_TRAINING_SESSION.ID).fetchSingle(ROSTER_TRAINING_SESSION.ID);
        people.subList(0, 2).forEach(a -> ctx.insertInto(ROSTER_TRAINING_ATTENDEE)
                .set(ROSTER_TRAINING_ATTENDEE.SESSION_ID, held).set(ROSTER_TRAINING_ATTENDEE.AGENT_ID, a)
                .set(ROSTER_TRAINING_ATTENDEE.ENROLMENT_ID, enrolments.get(a)).execute());

        List<TrainingNeed> continued = needsOf("TT-ROOM");
        assertThat(continued).hasSize(3);
        assertThat(continued).filteredOn(n -> n.attendeeIds().size() == 2).singleElement()
                .satisfies(n -> assertThat(n.sessionNumber()).isEqualTo(2))
                .satisfies(n -> assertThat(n.previousId()).isNull());
    }

    @Test
    void aPathsNextCourseComesAfterTheLastSessionOfTheCourseBefore() {
        long first = course("TT-P1", "4", 120, null);
        long second = course("TT-P2", "2", 120, null);
        long path = ctx.insertInto(TRAINING_PATH).set(TRAINING_PATH.CODE, "TT-PATH").set(TRAINING_PATH.NAME, "Test path")
                .set(TRAINING_PATH.PURPOSE, TrainingPathPurpose.CROSS_SKILLING)
                .returning(TRAINING_PATH.ID).fetchSingle(TRAINING_PATH.ID);
        paths.add(path);
        ctx.insertInto(TRAINING_PATH_COURSE).set(TRAINING_PATH_COURSE.PATH_ID, path)
                .set(TRAINING_PATH_COURSE.POSITION, (short) 1).set(TRAINING_PATH_COURSE.COURSE_ID, first).execute();
        ctx.insertInto(TRAINING_PATH_COURSE).set(TRAINING_PATH_COURSE.PATH_ID, path)
                .set(TRAINING_PATH_COURSE.POSITION, (short) 2).set(TRAINING_PATH_COURSE.COURSE_ID, second).execute();
        LocalDate enrolled = MONDAY.minusDays(3);
        for (long agent : agents(10, 2)) {
            long pathEnrolment = ctx.insertInto(TRAINING_PATH_ENROLMENT).set(TRAINING_PATH_ENROLMENT.AGENT_ID, agent)
                    .set(TRAINING_PATH_ENROLMENT.PATH_ID, path).set(TRAINING_PATH_ENROLMENT.ENROLLED_ON, enrolled)
                    .set(TRAINING_PATH_ENROLMENT.DUE_DATE, SUNDAY).set(TRAINING_PATH_ENROLMENT.ENROLLED_BY, "test")
                    .returning(TRAINING_PATH_ENROLMENT.ID).fetchSingle(TRAINING_PATH_ENROLMENT.ID);
            enrol(agent, first, pathEnrolment, enrolled, SUNDAY);
            enrol(agent, second, pathEnrolment, enrolled, SUNDAY);
        }

        List<TrainingNeed> firstCourse = needsOf("TT-P1");
        List<TrainingNeed> secondCourse = needsOf("TT-P2");
        assertThat(firstCourse).hasSize(2).allMatch(n -> n.attendeeIds().size() == 2 && n.roomId() == null
                && n.lastDay() == 6);
        TrainingNeed last = firstCourse.stream().filter(n -> n.sessionNumber() == 2).findFirst().orElseThrow();
        assertThat(secondCourse).singleElement().satisfies(n -> assertThat(n.previousId()).isEqualTo(last.id()));
    }

    @Test
    void aNamedTrainersSessionsTakeOnlySlotsInsideTheirWeeklyHoursAndNotOnTheirDaysAway() {
        long course = course("TT-WED", "2", 120, null);
        ctx.update(TRAINING_COURSE).set(TRAINING_COURSE.TRAINER_NAME, WEDNESDAY_TRAINER)
                .where(TRAINING_COURSE.ID.eq(course)).execute();
        agents(60, 3).forEach(a -> enrol(a, course, null, MONDAY.minusDays(7), SUNDAY));
        // with no record the trainer is available any time: the session may go wherever its people can hold it
        List<TrainingSlot> anyTime = sessionOf("TT-WED").getSlots();
        assertThat(anyTime.stream().map(TrainingSlot::day).distinct().count()).isGreaterThan(1);
        TrainingSlot first = anyTime.getFirst();
        int other = anyTime.stream().mapToInt(TrainingSlot::day).filter(d -> d != first.day()).findFirst().orElseThrow();

        // the trainer teaches on the first slot's weekday for three hours from its start, and all day on another
        // weekday, but is away that day this week
        long trainer = ctx.insertInto(TRAINING_TRAINER).set(TRAINING_TRAINER.NAME, WEDNESDAY_TRAINER)
                .returning(TRAINING_TRAINER.ID).fetchSingle(TRAINING_TRAINER.ID);
        LocalTime from = LocalTime.MIDNIGHT.plusMinutes(first.startMinute());
        LocalTime to = first.startMinute() + 180 >= 24 * 60 ? LocalTime.of(23, 59) : from.plusMinutes(180);
        ctx.insertInto(TRAINING_TRAINER_HOURS).set(TRAINING_TRAINER_HOURS.TRAINER_ID, trainer)
                .set(TRAINING_TRAINER_HOURS.WEEKDAY, (short) MONDAY.plusDays(first.day()).getDayOfWeek().getValue())
                .set(TRAINING_TRAINER_HOURS.FROM_TIME, from).set(TRAINING_TRAINER_HOURS.TO_TIME, to).execute();
        ctx.insertInto(TRAINING_TRAINER_HOURS).set(TRAINING_TRAINER_HOURS.TRAINER_ID, trainer)
                .set(TRAINING_TRAINER_HOURS.WEEKDAY, (short) MONDAY.plusDays(other).getDayOfWeek().getValue())
                .set(TRAINING_TRAINER_HOURS.FROM_TIME, LocalTime.MIDNIGHT)
                .set(TRAINING_TRAINER_HOURS.TO_TIME, LocalTime.of(23, 59)).execute();
        ctx.insertInto(TRAINING_TRAINER_AWAY).set(TRAINING_TRAINER_AWAY.TRAINER_ID, trainer)
                .set(TRAINING_TRAINER_AWAY.DAY, MONDAY.plusDays(other)).set(TRAINING_TRAINER_AWAY.REASON, "Conference")
                .execute();

        List<TrainingSlot> limited = sessionOf("TT-WED").getSlots();
        assertThat(limited).isNotEmpty().contains(first).allSatisfy(slot -> {
            assertThat(slot.day()).isEqualTo(first.day());
            assertThat(slot.startMinute()).isBetween(first.startMinute(), first.startMinute() + 60);
        });
        assertThat(anyTime).containsAll(limited);

        RosterServiceTest.signIn(users, "planner");
        RosterVersionSummary draft = rosters.createDraft("training", MONDAY, SUNDAY);
        versions.add(draft.id());
        jobs.solve(draft.id(), RosterSolver.QUICK, Duration.ofSeconds(6));
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInSameThread().pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.status(draft.id()).orElseThrow(), status -> !status.running());
        TrainingSession placed = rosters.load(draft.id()).roster().getTrainingSessions().stream()
                .filter(s -> s.getNeed().courseCode().equals("TT-WED")).findFirst().orElseThrow();
        assertThat(placed.isPlaced()).isTrue();
        assertThat(placed.getDate()).isEqualTo(MONDAY.plusDays(first.day()));
        assertThat(placed.getStart()).isBetween(first.startMinute(), first.startMinute() + 60);
        assertThat(ctx.select(ROSTER_TRAINING_SESSION.WORK_DATE).from(ROSTER_TRAINING_SESSION)
                .where(ROSTER_TRAINING_SESSION.ROSTER_VERSION_ID.eq(draft.id()))
                .and(ROSTER_TRAINING_SESSION.COURSE_ID.eq(course)).fetchSingle(ROSTER_TRAINING_SESSION.WORK_DATE))
                .isEqualTo(MONDAY.plusDays(first.day()));
    }

    private TrainingSession sessionOf(String courseCode) {
        return scenarios.load("training", MONDAY, SUNDAY).build().getTrainingSessions().stream()
                .filter(s -> s.getNeed().courseCode().equals(courseCode)).findFirst().orElseThrow();
    }

    @Test
    void aSolvedRosterKeepsItsSessionsPublishingSchedulesThemAndHrPlannersAndTheAttendeesReadThem() {
        long course = course("TT-VIRT", "2", 120, null);
        List<Long> people = agents(20, 3);
        List<Long> enrolments = people.stream().map(a -> enrol(a, course, null, MONDAY.minusDays(7), SUNDAY)).toList();
        RosterServiceTest.signIn(users, "planner");
        RosterVersionSummary draft = rosters.createDraft("training", MONDAY, SUNDAY);
        versions.add(draft.id());
        jobs.solve(draft.id(), RosterSolver.QUICK, Duration.ofSeconds(8));
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInSameThread().pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.status(draft.id()).orElseThrow(), status -> !status.running());

        var stored = ctx.selectFrom(ROSTER_TRAINING_SESSION).where(ROSTER_TRAINING_SESSION.ROSTER_VERSION_ID.eq(draft.id()))
                .and(ROSTER_TRAINING_SESSION.COURSE_ID.eq(course)).fetchSingle();
        assertThat(stored.getMinutes()).isEqualTo(120);
        assertThat(stored.getWorkDate()).isBetween(MONDAY, SUNDAY);
        assertThat(ctx.fetchCount(ROSTER_TRAINING_ATTENDEE, ROSTER_TRAINING_ATTENDEE.SESSION_ID.eq(stored.getId())))
                .isEqualTo(3);
        // each attendee's session is an activity inside their shift that day
        assertThat(ctx.select(ROSTER_ACTIVITY.AGENT_ID).from(ROSTER_ACTIVITY)
                .where(ROSTER_ACTIVITY.TRAINING_SESSION_ID.eq(stored.getId())).and(ROSTER_ACTIVITY.KIND.eq("TRAINING"))
                .and(ROSTER_ACTIVITY.STARTS_AT.eq(stored.getStartsAt())).fetch(ROSTER_ACTIVITY.AGENT_ID))
                .containsExactlyInAnyOrderElementsOf(people);

        // read back: the session is where it was saved, and saving the reloaded roster keeps it there
        LoadedRoster loaded = rosters.load(draft.id());
        TrainingSession session = loaded.roster().getTrainingSessions().stream()
                .filter(s -> s.getNeed().courseCode().equals("TT-VIRT")).findFirst().orElseThrow();
        assertThat(session.getDate()).isEqualTo(stored.getWorkDate());
        rosters.saveEdit(draft.id(), loaded.roster().getAgents().getFirst().id(), MONDAY, null, null);
        assertThat(ctx.selectFrom(ROSTER_TRAINING_SESSION).where(ROSTER_TRAINING_SESSION.ROSTER_VERSION_ID.eq(draft.id()))
                .and(ROSTER_TRAINING_SESSION.COURSE_ID.eq(course)).fetchSingle().getStartsAt())
                .isEqualTo(stored.getStartsAt());

        // a draft's sessions by its version, for HR and planners only
        ApiCalls drafts = new ApiCalls(port);
        var ofDraft = drafts.call(HttpMethod.GET, "hr.lead", "/api/v1/training/sessions?rosterVersionId=" + draft.id(), null);
        assertThat(ofDraft.status()).isEqualTo(200);
        assertThat(json.readTree(ofDraft.body()).valueStream().filter(n -> n.get("courseCode").asString().equals("TT-VIRT"))
                .map(n -> n.get("date").asString())).containsExactly(stored.getWorkDate().toString());
        assertThat(drafts.call(HttpMethod.GET, "planner", "/api/v1/training/sessions?rosterVersionId=999999", null)
                .status()).isEqualTo(404);
        rosters.publish(draft.id(), "test roster");
        assertThat(ctx.select(TRAINING_ENROLMENT.STATUS).from(TRAINING_ENROLMENT).where(TRAINING_ENROLMENT.ID.in(enrolments))
                .fetch(TRAINING_ENROLMENT.STATUS)).containsOnly(EnrolmentStatus.SCHEDULED);
        SecurityContextHolder.clearContext();

        ApiCalls api = new ApiCalls(port);
        String period = "/api/v1/training/sessions?from=" + MONDAY + "&to=" + SUNDAY;
        for (String reader : List.of("hr.lead", "planner")) {
            var answer = api.call(HttpMethod.GET, reader, period, null);
            assertThat(answer.status()).as(reader).isEqualTo(200);
            JsonNode mine = null;
            for (JsonNode s : json.readTree(answer.body())) {
                if (s.get("courseCode").asString().equals("TT-VIRT")) {
                    mine = s;
                }
            }
            assertThat(mine).as(reader).isNotNull();
            assertThat(mine.get("sessionNumber").asInt()).isEqualTo(1);
            assertThat(mine.get("sessionCount").asInt()).isEqualTo(1);
            assertThat(mine.get("date").asString()).isEqualTo(stored.getWorkDate().toString());
            assertThat(mine.get("virtual").asBoolean()).isTrue();
            assertThat(mine.get("attendees")).hasSize(3);
            assertThat(mine.get("offThePhones").asInt()).isEqualTo(3);
            assertThat(mine.get("coverageCostAgentHours").isNumber()).isTrue();
        }
        String attendee = ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT).where(AGENT.ID.eq(people.getFirst()))
                .fetchSingle(AGENT.EMPLOYEE_NUMBER).toLowerCase(java.util.Locale.ROOT);
        assertThat(api.call(HttpMethod.GET, attendee, period, null).status()).isEqualTo(403);
        assertThat(api.call(HttpMethod.GET, "planner", "/api/v1/training/sessions?from=" + SUNDAY + "&to=" + MONDAY,
                null).problem(400).get("field").asString()).isEqualTo("to");
        assertThat(api.call(HttpMethod.GET, "planner", "/api/v1/training/sessions?from=2026-13-01&to=" + MONDAY,
                null).problem(400).get("field").asString()).isEqualTo("from");

        // the attendee sees the session in their training and inside their shift; another agent does not
        JsonNode training = json.readTree(api.call(HttpMethod.GET, attendee, "/api/v1/me/training", null).body());
        assertThat(training.get("sessions").valueStream().map(s -> s.get("courseCode").asString()))
                .contains("TT-VIRT");
        JsonNode shifts = json.readTree(api.call(HttpMethod.GET, attendee, "/api/v1/me/shifts?from=" + MONDAY + "&to="
                + SUNDAY, null).body());
        assertThat(shifts.valueStream().flatMap(s -> s.get("activities").valueStream())
                .filter(a -> a.get("kind").asString().equals("TRAINING"))
                .map(a -> a.get("course").asString())).containsExactly("Course TT-VIRT");
        String other = ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT).where(AGENT.ID.eq(agents(40, 1).getFirst()))
                .fetchSingle(AGENT.EMPLOYEE_NUMBER).toLowerCase(java.util.Locale.ROOT);
        JsonNode theirs = json.readTree(api.call(HttpMethod.GET, other, "/api/v1/me/training", null).body());
        assertThat(theirs.get("sessions").valueStream().map(s -> s.get("courseCode").asString()))
                .doesNotContain("TT-VIRT");
    }

    @Test
    void theDemoCentresFirstRosterHasTheChatCohortsCourseAndTheRefresherToPlace() {
        List<TrainingNeed> needs = scenarios.load("demo", MONDAY, MONDAY.plusDays(27)).build().getTrainingSessions()
                .stream().map(TrainingSession::getNeed).toList();
        assertThat(needs).filteredOn(n -> n.courseCode().equals("CHAT-201")).hasSize(3)
                .allMatch(n -> n.attendeeIds().size() == 8 && n.minutes() == 240 && n.lastDay() < 28);
        assertThat(needs).filteredOn(n -> n.courseCode().equals("GDPR-100") && n.attendeeIds().size() == 10)
                .singleElement().satisfies(n -> assertThat(n.lastDay()).isLessThan(28));
    }
}
