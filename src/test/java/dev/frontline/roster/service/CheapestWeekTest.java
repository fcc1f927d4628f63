package dev.frontline.roster.service;

import static dev.frontline.db.Tables.BACKGROUND_JOB;
import static dev.frontline.db.Tables.TRAINING_TRAINER;
import static dev.frontline.db.Tables.TRAINING_TRAINER_HOURS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobState;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * The cheapest-week what-if on the demo centre: its cohort is the chat cross-skilling cohort waiting for CHAT-201
 * (three 4-hour sessions), next week has requirements, and the course can only cost coverage, never give it.
 */
@FrontlineIntegrationTest
class CheapestWeekTest {

    static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Autowired
    CheapestWeek whatIf;
    @Autowired
    JobService jobs;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;

    private final List<Long> jobIds = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        ctx.deleteFrom(BACKGROUND_JOB).where(BACKGROUND_JOB.ID.in(jobIds)).execute();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCohortDefaultsToTheAgentsWaitingForTheCourseAndBadRequestsAreRefusedNamingTheField() {
        RosterServiceTest.signIn(users, "planner");
        CheapestWeekRequest checked = whatIf.checked(new CheapestWeekRequest("CHAT-201", List.of(), null, 2));
        assertThat(checked.employeeNumbers()).hasSize(8);
        assertThat(checked.firstWeek()).isEqualTo(MONDAY);
        assertThat(whatIf.checked(new CheapestWeekRequest("CHAT-201", List.of(), MONDAY.plusDays(3), 2)).firstWeek())
                .isEqualTo(MONDAY);
        assertRefused(new CheapestWeekRequest("NOPE-1", List.of(), null, 2), "courseCode");
        assertRefused(new CheapestWeekRequest("LANG-EN-201", List.of(), null, 2), "courseCode");
        assertRefused(new CheapestWeekRequest("CHAT-201", List.of(), null, 9), "weeks");
        assertRefused(new CheapestWeekRequest("CHAT-201", List.of(), MONDAY.minusWeeks(2), 2), "firstWeek");
        assertRefused(new CheapestWeekRequest("CHAT-201", List.of("ZZ-NOBODY"), null, 2), "employeeNumbers");
    }

    @Test
    void theCourseCostsCoverageAndNobodyAwayCostsNothing() {
        RosterServiceTest.signIn(users, "planner");
        CheapestWeekRequest request = whatIf.checked(new CheapestWeekRequest("CHAT-201", List.of(), MONDAY, 1));
        WeekCost cost = whatIf.cost(request, 3, MONDAY);
        assertThat(cost.planned()).isTrue();
        assertThat(cost.cohortRostered()).isEqualTo(8);
        assertThat(cost.requiredHours()).isPositive();
        // eight agents in class can only leave more unmet (within the bound's tolerance)
        assertThat(cost.withCourseUnmetHours()).isGreaterThanOrEqualTo(cost.baseUnmetHours() - 0.5);
        // the what-if solve placed the three sessions, and they cost what the cohort would have answered
        assertThat(cost.placedSessions()).isEqualTo(3);
        assertThat(cost.fits()).isTrue();
        assertThat(cost.solvedExtraHours()).isGreaterThanOrEqualTo(0.0);
        WeekCost nobody = whatIf.cost(new CheapestWeekRequest("CHAT-201", List.of(), MONDAY, 1), 3, MONDAY);
        assertThat(nobody.cohortRostered()).isZero();
        assertThat(nobody.withCourseUnmetHours()).isCloseTo(nobody.baseUnmetHours(), org.assertj.core.api.Assertions.within(0.5));
        // a week far beyond any forecast is reported, not failed
        WeekCost unmeasured = whatIf.cost(request, 3, MONDAY.plusWeeks(60));
        assertThat(unmeasured.planned()).isFalse();
        assertThat(unmeasured.reason()).containsIgnoringCase("no requirements");
    }

    @Test
    void theTrainersHoursHoldTheWhatIfToo() {
        RosterServiceTest.signIn(users, "planner");
        CheapestWeekRequest request = whatIf.checked(new CheapestWeekRequest("CHAT-201", List.of(), MONDAY, 1));
        // CHAT-201's trainer teaches only on Sundays 01:00–02:00: no shift of the cohort holds a 4-hour session then
        long trainer = ctx.insertInto(TRAINING_TRAINER, TRAINING_TRAINER.NAME).values("Selin Arslan")
                .returning(TRAINING_TRAINER.ID).fetchOne(TRAINING_TRAINER.ID);
        try {
            ctx.insertInto(TRAINING_TRAINER_HOURS, TRAINING_TRAINER_HOURS.TRAINER_ID, TRAINING_TRAINER_HOURS.WEEKDAY,
                    TRAINING_TRAINER_HOURS.FROM_TIME, TRAINING_TRAINER_HOURS.TO_TIME)
                    .values(trainer, (short) 7, java.time.LocalTime.of(1, 0), java.time.LocalTime.of(2, 0)).execute();
            WeekCost cost = whatIf.cost(request, 3, MONDAY);
            assertThat(cost.placedSessions()).isZero();
            assertThat(cost.fits()).isFalse();
        } finally {
            ctx.deleteFrom(TRAINING_TRAINER).where(TRAINING_TRAINER.ID.eq(trainer)).execute();
        }
    }

    @Test
    void aSearchRunsAsAJobAndNamesTheCheapestWeek() {
        RosterServiceTest.signIn(users, "planner");
        JobRecord job = whatIf.submit(new CheapestWeekRequest("CHAT-201", List.of(), MONDAY, 2));
        jobIds.add(job.id());
        JobRecord ended = Awaitility.await("the cheapest-week search").atMost(Duration.ofMinutes(4))
                .pollInSameThread().pollInterval(Duration.ofMillis(500))
                .until(() -> jobs.find(job.id()).orElseThrow(), j -> !j.active());
        assertThat(ended.state()).as(ended.error()).isEqualTo(JobState.DONE);
        CheapestWeekResult result = whatIf.result(ended);
        assertThat(result.weeks()).extracting(WeekCost::week).containsExactly(MONDAY, MONDAY.plusWeeks(1));
        assertThat(result.cheapest()).isPresent();
        assertThat(result.explanation().english()).startsWith("Cheapest: the week of");
    }

    @Test
    void onlyPlannersAsk() {
        RosterServiceTest.signIn(users, "hr.lead");
        assertThatThrownBy(() -> whatIf.submit(new CheapestWeekRequest("CHAT-201", List.of(), MONDAY, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(CheapestWeekRequest request, String field) {
        assertThatThrownBy(() -> whatIf.checked(request)).isInstanceOfSatisfying(CheapestWeekRefusal.class,
                refusal -> assertThat(refusal.field()).isEqualTo(field));
    }
}
