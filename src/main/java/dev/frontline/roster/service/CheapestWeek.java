package dev.frontline.roster.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.jobs.JobConflictException;
import dev.frontline.jobs.JobPoint;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.RosterLowerBound;
import dev.frontline.roster.persistence.RosterScenarioRepository;
import dev.frontline.shared.text.Phrase;
import dev.frontline.training.Course;
import dev.frontline.training.Enrolment;
import dev.frontline.training.TrainingService;

/**
 * "Find the cheapest week for this cohort's course" (issue 15, planner): for each candidate week, what the course
 * costs in coverage if the cohort takes it that week, as a background job with progress and stop.
 * <p>
 * The estimate is the roster's LP lower bound before breaks ({@link RosterLowerBound}) of the week as loaded for a
 * roster — its requirements, agents, contracts and their proficiency on the week's Monday — solved twice: as it is,
 * and with the cohort off the phones on the course's days (one session a day on the first working days, as a paid
 * day away, which is what the roster loader makes of approved time off). The difference is the agent-hours of demand
 * that no roster of that week can meet because of the course: a sound, cheap measure that needs no solve, and the one
 * the issue's benchmark compares placed training against. A session shorter than a shift counts as the whole day
 * away, so a course of short sessions is over-priced — equally in every week, which keeps the ranking.
 */
@Service
public class CheapestWeek {

    static final String KIND = "TRAINING_CHEAPEST_WEEK";
    /** The course's sessions go one a day on a week's working days. */
    static final int WORKING_DAYS = 5;
    private static final Set<EnrolmentStatus> OPEN = Set.of(EnrolmentStatus.PLANNED, EnrolmentStatus.SCHEDULED,
            EnrolmentStatus.IN_PROGRESS);

    private final RosterScenarioRepository scenarios;
    private final TrainingService training;
    private final JobService jobs;
    private final Clock clock;
    private final JsonMapper json;

    CheapestWeek(RosterScenarioRepository scenarios, TrainingService training, JobService jobs,
                 ObjectProvider<Clock> clock, JsonMapper json) {
        this.json = json;
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
     * One week's cost: the LP bound of the week as it is and with the cohort away on the course's days. A week the
     * roster cannot be loaded for (no requirements yet) is reported unmeasured with the loader's reason.
     */
    WeekCost cost(CheapestWeekRequest request, int sessions, LocalDate monday) {
        RosterScenario scenario;
        try {
            scenario = scenarios.load("cheapest week of " + request.courseCode(), monday, monday.plusDays(6));
        } catch (RosterInputException unmeasurable) {
            return WeekCost.unplanned(monday, sessions, unmeasurable.getMessage());
        }
        Roster base = scenario.build();
        RosterBuilder builder = scenario.builder();
        List<String> rostered = new ArrayList<>();
        for (String agent : request.employeeNumbers()) {
            if (scenario.agentIds().containsKey(agent)) {
                rostered.add(agent);
                for (int day = 0; day < sessions; day++) {
                    builder.timeOff(agent, day, "training " + request.courseCode());
                }
            }
        }
        Roster withCourse = builder.build();
        RosterLowerBound.Bound before = RosterLowerBound.beforeBreaks(base);
        RosterLowerBound.Bound after = RosterLowerBound.beforeBreaks(withCourse);
        return new WeekCost(monday, true, sessions, rostered.size(), before.requiredAgentHours(),
                before.unmetAgentHours(), after.unmetAgentHours(), null);
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
