package dev.frontline.staffing;

import static dev.frontline.db.Tables.REQUIREMENT_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobState;
import dev.frontline.shared.text.Phrase;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Requirement computations as background jobs: a finished job's result is the saved version, a stop reaches the
 * running job and saves nothing, a failure keeps its reason, and only planners may submit one.
 */
@FrontlineIntegrationTest
class RequirementJobsTest {

    private static final String VOICE = "BILLING_TR_VOICE";

    @Autowired
    RequirementJobs jobs;
    @Autowired
    RequirementService requirements;
    @Autowired
    JobService jobRows;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;

    ForecastFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ForecastFixture(ctx);
        ForecastFixture.signIn(users, "planner");
    }

    @AfterEach
    void tearDown() {
        fixture.cleanUp();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aComputationJobSavesItsVersionAsItsResult() {
        long forecast = fixture.oneDay(VOICE, ForecastFixture.nextMonday(), LocalTime.of(8, 0), LocalTime.of(20, 0),
                ForecastFixture.bell(48, 200), 285);

        JobRecord queued = jobs.compute(new RequirementRequest(forecast, 85, null, true));
        assertThat(queued.requestedBy()).isEqualTo("planner");
        assertThat(queued.subjectId()).isEqualTo(forecast);

        JobRecord done = awaitEnd(queued);
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.progress()).isEqualTo(1.0);
        RequirementVersionSummary version = jobs.result(done).orElseThrow();
        assertThat(version.id()).isEqualTo(done.resultId());
        assertThat(version.forecastVersionId()).isEqualTo(forecast);
        assertThat(version.createdBy()).isEqualTo("planner");
        assertThat(requirements.intervals(version.id())).hasSize(48);
        assertThat(requirements.versions(forecast)).extracting(RequirementVersionSummary::id).containsExactly(version.id());
    }

    @Test
    void aStopReachesTheRunningJobAndNothingIsSaved() {
        // two whole days of very busy 15-minute intervals sized with Erlang A: several seconds of work, so only the
        // stop can end the job before the assertions below
        long forecast = fixture.days(VOICE, ForecastFixture.nextMonday(), 2, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                slot -> slot % 2 == 0 ? 100_000 : 50_000, 300);

        JobRecord queued = jobs.compute(new RequirementRequest(forecast, 85, 60.0, false));
        JobRecord running = await(queued, job -> job.state() == JobState.RUNNING && job.message() != null);
        assertThat(running.progress()).isLessThan(0.5);
        jobRows.cancel(queued.id());

        JobRecord ended = awaitEnd(queued);
        assertThat(ended.state()).isEqualTo(JobState.CANCELLED);
        assertThat(ended.resultId()).isNull();
        assertThat(ended.progress()).isLessThan(1.0);
        assertThat(jobs.result(ended)).isEmpty();
        assertThat(ctx.fetchCount(REQUIREMENT_VERSION, REQUIREMENT_VERSION.FORECAST_VERSION_ID.eq(forecast))).isZero();
    }

    @Test
    void aFailedJobKeepsItsReasonAndSavesNothing() {
        // volume without any AHT: the workload is unknown, which only the computation on the worker finds out
        long forecast = fixture.oneDay(VOICE, ForecastFixture.nextMonday(), LocalTime.of(8, 0), LocalTime.of(10, 0),
                slot -> 20, 0);

        JobRecord failed = awaitEnd(jobs.compute(new RequirementRequest(forecast, 85, null, false)));

        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).contains("forecast version " + forecast).contains("no interval carries an AHT");
        assertThat(failed.requestedBy()).isEqualTo("planner");
        assertThat(ctx.fetchCount(REQUIREMENT_VERSION, REQUIREMENT_VERSION.FORECAST_VERSION_ID.eq(forecast))).isZero();
    }

    @Test
    void onlyPlannersMaySubmitAndBadInputIsRefusedBeforeAnythingIsQueued() {
        long forecast = fixture.oneDay(VOICE, ForecastFixture.nextMonday(), LocalTime.of(8, 0), LocalTime.of(10, 0),
                slot -> 20, 285);
        for (String user : List.of("agent.ist", "hr.lead")) {
            ForecastFixture.signIn(users, user);
            assertThatThrownBy(() -> jobs.compute(new RequirementRequest(forecast, 85, null, false)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        ForecastFixture.signIn(users, "planner");
        assertThat(jobs.latest(forecast)).as("refused before a job row was written").isEmpty();
        assertThatThrownBy(() -> jobs.compute(new RequirementRequest(Long.MAX_VALUE, 85, null, false)))
                .isInstanceOfSatisfying(dev.frontline.shared.text.UnknownEntityException.class, unknown -> {
                    assertThat(unknown.field()).isEqualTo("forecastVersion");
                    assertThat(unknown.reason()).isEqualTo(Phrase.of(
                            "rest.unknown.forecast-version", String.valueOf(Long.MAX_VALUE)));
                });
        assertThat(jobs.latest(Long.MAX_VALUE)).isEmpty();
    }

    private JobRecord awaitEnd(JobRecord job) {
        return await(job, ended -> !ended.active());
    }

    private JobRecord await(JobRecord job, Predicate<JobRecord> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> jobRows.find(job.id()).orElseThrow(), condition::test);
    }
}
