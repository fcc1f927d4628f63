package dev.frontline.roster.service;

import java.time.Clock;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.jobs.JobConflictException;
import dev.frontline.jobs.JobPoint;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.db.enums.TrainingDelivery;
import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.RosterLowerBound;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.engine.TrainingNeed;
import dev.frontline.roster.engine.TrainingSession;
import dev.frontline.roster.persistence.RosterScenarioRepository;
import dev.frontline.roster.persistence.TrainingNeedRepository;
import dev.frontline.shared.text.Phrase;
import dev.frontline.training.Course;
import dev.frontline.training.CourseDraft;
import dev.frontline.training.Enrolment;
import dev.frontline.training.TrainingService;

/**
 * "Find the cheapest week for this cohort's course" (issue 15, planner): for each candidate week, what the course
 * costs in coverage if the cohort takes it that week, as a background job with progress and stop.
 * <p>
 * Each week is loaded as for a roster — its requirements, agents, contracts and their proficiency on the week's
 * Monday, the other training it holds — and the cohort's sessions are given to the roster engine to place, as it
 * places them in a real roster (inside shifts, in order, in the classroom's office, where coverage affords them):
 * a what-if solve of a quick roster per week. What its placed sessions cost is the required agent-hours after breaks
 * they leave unmet against the same roster with the cohort on the phones. Beside it, the floor no roster of the week
 * can beat: the LP lower bound before breaks with and without the sessions ({@link RosterLowerBound}, which holds
 * training exactly). Weeks rank by the solved cost; a week the solve could not fit every session into ranks last.
 */
@Service
public class CheapestWeek {

    static final String KIND = "TRAINING_CHEAPEST_WEEK";
    /** The what-if solve of each week: a quick roster, as a planner's first look takes. */
    static final String SOLVE_PRESET = RosterSolver.QUICK;
    /** The course's sessions go one a day on a week's working days. */
    static final int WORKING_DAYS = 5;
    private static final Set<EnrolmentStatus> OPEN = Set.of(EnrolmentStatus.PLANNED, EnrolmentStatus.SCHEDULED,
            EnrolmentStatus.IN_PROGRESS);

    private final RosterScenarioRepository scenarios;
    private final TrainingNeedRepository needs;
    private final TrainingService training;
    private final JobService jobs;
    private final Clock clock;
    private final JsonMapper json;
    private final int solveSeconds;

    CheapestWeek(RosterScenarioRepository scenarios, TrainingNeedRepository needs, TrainingService training,
                 JobService jobs, ObjectProvider<Clock> clock, JsonMapper json,
                 @Value("${frontline.cheapest-week.solve-seconds:10}") int solveSeconds) {
        this.json = json;
        this.solveSeconds = solveSeconds;
        this.needs = needs;
        this.scenarios = scenarios;
        this.training = training;
        this.jobs = jobs;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Checks the request, fills in the cohort, and queues the what-if; refusals name the field. */
    @PreAuthorize("hasRole('PLANNER')")
    public JobRecord submit(CheapestWeekRequest request) {
        CheapestWeekRequest checked = checked(request);
        Course course = course(checked.courseCode());
        try {
            return jobs.submit(KIND, course.id(), checked);
        } catch (JobConflictException alreadyRunning) {
            throw new CheapestWeekRefusal("courseCode",
                    Phrase.of("roster.cheapest-week.refused.already-searching", course.course().code()));
        }
    }

    /**
     * The request as it will run: the cohort defaults to the agents with an open enrolment on the course, the first
     * week to next Monday (a week starts on a Monday), and every field is checked.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public CheapestWeekRequest checked(CheapestWeekRequest request) {
        if (request.courseCode() == null || request.courseCode().isBlank()) {
            throw new CheapestWeekRefusal("courseCode", Phrase.of("roster.cheapest-week.refused.no-course"));
        }
        Course course = course(request.courseCode());
        if (course.sessions() > WORKING_DAYS) {
            throw new CheapestWeekRefusal("courseCode", Phrase.of("roster.cheapest-week.refused.too-many-sessions",
                    course.course().code(), course.sessions(), WORKING_DAYS));
        }
        if (request.weeks() < 1 || request.weeks() > CheapestWeekRequest.MAX_WEEKS) {
            throw new CheapestWeekRefusal("weeks", Phrase.of("roster.cheapest-week.refused.weeks",
                    CheapestWeekRequest.MAX_WEEKS, request.weeks()));
        }
        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = request.firstWeek() == null ? thisMonday.plusWeeks(1)
                : request.firstWeek().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (first.isBefore(thisMonday)) {
            throw new CheapestWeekRefusal("firstWeek", Phrase.of("roster.cheapest-week.refused.week-past", first));
        }
        List<String> cohort = request.employeeNumbers().isEmpty() ? openEnrolments(course) : request.employeeNumbers();
        if (cohort.isEmpty()) {
            throw new CheapestWeekRefusal("employeeNumbers",
                    Phrase.of("roster.cheapest-week.refused.no-cohort", course.course().code()));
        }
        List<String> employed = training.employedAgents(null);
        List<String> unknown = cohort.stream().filter(e -> !employed.contains(e)).toList();
        if (!unknown.isEmpty()) {
            throw new CheapestWeekRefusal("employeeNumbers",
                    Phrase.of("roster.cheapest-week.refused.not-employed", unknown));
        }
        return new CheapestWeekRequest(course.course().code(), cohort.stream().distinct().sorted().toList(), first,
                request.weeks());
    }

    @PreAuthorize("hasRole('PLANNER')")
    public Optional<JobRecord> job(long jobId) {
        return jobs.find(jobId).filter(job -> KIND.equals(job.kind()));
    }

    /** The latest what-if of a course, running or ended. */
    @PreAuthorize("hasRole('PLANNER')")
    public Optional<JobRecord> latest(String courseCode) {
        return training.course(courseCode).flatMap(c -> jobs.latest(KIND, c.id()));
    }

    /** The weeks measured so far (all of them once the job is done), and the cheapest. */
    @PreAuthorize("hasRole('PLANNER')")
    public CheapestWeekResult result(JobRecord job) {
        if (!KIND.equals(job.kind())) {
            throw new IllegalArgumentException("job #" + job.id() + " is not a cheapest-week search");
        }
        CheapestWeekRequest request = parameters(job);
        Course course = course(request.courseCode());
        // a search taken up again after its node stopped measures its weeks again: the last figure of a week stands
        java.util.Map<LocalDate, WeekCost> byWeek = new java.util.TreeMap<>();
        job.points().stream().map(JobPoint::value).map(WeekCost::fromPoint).forEach(w -> byWeek.put(w.week(), w));
        List<WeekCost> weeks = List.copyOf(byWeek.values());
        return new CheapestWeekResult(course.course().code(), course.course().name(), request.employeeNumbers().size(),
                weeks);
    }

    /** The courses a planner can place, for the page's picker. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<Course> courses() {
        return training.courses().stream().filter(c -> c.sessions() <= WORKING_DAYS).toList();
    }

    /** The agents with an open enrolment on the course: the cohort waiting for it. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<String> cohortOf(String courseCode) {
        return openEnrolments(course(courseCode));
    }

    /**
     * One week's cost: the week loaded as for a roster, less this course's own open sessions (the what-if places them
     * itself), then with the cohort's sessions to place in that week — in groups of at most the classroom's seats, in
     * order, in the classroom's office, inside shifts — solved by the roster engine ({@value #SOLVE_PRESET}, at most
     * {@code solveSeconds}). The solved cost is what the placed sessions leave unmet after breaks against the same
     * roster with the cohort on the phones; the floor is the LP bound before breaks with and without the sessions. A
     * week the roster cannot be loaded for (no requirements yet) is reported unmeasured with the loader's reason.
     */
    WeekCost cost(CheapestWeekRequest request, int sessions, LocalDate monday) {
        RosterScenario scenario;
        try {
            scenario = scenarios.load("cheapest week of " + request.courseCode(), monday, monday.plusDays(6));
        } catch (RosterInputException unmeasurable) {
            return WeekCost.unplanned(monday, sessions, unmeasurable.getMessage());
        }
        RosterBuilder builder = scenario.builder().withoutTraining(need -> need.courseCode().equals(request.courseCode()));
        Roster base = builder.build();
        List<String> rostered = request.employeeNumbers().stream().filter(scenario.agentIds()::containsKey).toList();
        CourseDraft course = course(request.courseCode()).course();
        if (course.trainerName() != null) {
            // the trainer's hours, whether or not the week already holds sessions of theirs
            needs.trainerAvailability(java.util.Set.of(course.trainerName())).forEach(builder::trainerAvailability);
        }
        List<String> whatIf = addSessions(builder, course, sessions, rostered, scenario);
        Roster withCourse = builder.build();
        RosterLowerBound.Bound before = RosterLowerBound.beforeBreaks(base);
        RosterLowerBound.Bound after = RosterLowerBound.beforeBreaks(withCourse);
        if (rostered.isEmpty()) {
            return new WeekCost(monday, true, sessions, 0, before.requiredAgentHours(), before.unmetAgentHours(),
                    after.unmetAgentHours(), 0, 0.0, null);
        }
        Roster solved = new RosterSolver(RosterSolver.config(SOLVE_PRESET, Duration.ofSeconds(solveSeconds), null, 0L))
                .solve(withCourse, null).roster();
        List<TrainingSession> ours = solved.getTrainingSessions().stream()
                .filter(s -> whatIf.contains(s.getId())).toList();
        int placed = (int) ours.stream().filter(TrainingSession::isPlaced).count();
        double cost = CoverageReport.trainingCostAfterBreaks(solved, ours);
        // sessions per group: a week fits the course when every group's sessions are placed
        int groups = Math.max(1, whatIf.size() / Math.max(1, sessions));
        return new WeekCost(monday, true, sessions, rostered.size(), before.requiredAgentHours(), before.unmetAgentHours(),
                after.unmetAgentHours(), placed / groups, cost, null);
    }

    /**
     * The cohort's sessions of the course as the roster loader would make them for an enrolment due at the week's end:
     * groups of at most the classroom's seats, each its sessions in order, the whole week their window.
     */
    private static List<String> addSessions(RosterBuilder builder, CourseDraft course, int sessions,
            List<String> rostered, RosterScenario scenario) {
        List<String> ids = new ArrayList<>();
        if (rostered.isEmpty()) {
            return ids;
        }
        boolean classroom = course.delivery() == TrainingDelivery.CLASSROOM;
        int seats = classroom && course.roomSeats() != null ? course.roomSeats() : rostered.size();
        int groupCount = (rostered.size() + seats - 1) / seats;
        String trainer = course.trainerEmployeeNumber() != null && scenario.agentIds()
                .containsKey(course.trainerEmployeeNumber()) ? course.trainerEmployeeNumber() : null;
        String trainerName = course.trainerName() != null ? course.trainerName() : course.trainerEmployeeNumber();
        for (int g = 0; g < groupCount; g++) {
            // an even split: 13 in a room of 12 sit as 7 and 6
            List<String> group = rostered.subList(g * rostered.size() / groupCount, (g + 1) * rostered.size() / groupCount);
            String previous = null;
            for (int n = 1; n <= sessions; n++) {
                String id = "WHATIF:" + course.code() + ":" + (g + 1) + ":" + n;
                builder.training(new TrainingNeed(id, course.code(), course.name(), n, sessions, course.sessionMinutes(),
                        group, trainer, trainerName, classroom ? course.code() + "@" + course.siteCode() : null,
                        classroom ? seats : 0, classroom ? course.siteCode() : null, 0, 6, previous));
                ids.add(id);
                previous = id;
            }
        }
        return ids;
    }

    int sessions(String courseCode) {
        return course(courseCode).sessions();
    }

    CheapestWeekRequest parameters(JobRecord job) {
        return json.readValue(job.parameters(), CheapestWeekRequest.class);
    }

    private List<String> openEnrolments(Course course) {
        return training.enrolments(null).stream()
                .filter(e -> e.courseCode().equals(course.course().code()) && e.employed() && OPEN.contains(e.status()))
                .map(Enrolment::employeeNumber).distinct().sorted().toList();
    }

    private Course course(String code) {
        return training.course(code).orElseThrow(() -> new CheapestWeekRefusal("courseCode",
                Phrase.of("roster.cheapest-week.refused.unknown-course", String.valueOf(code))));
    }
}
