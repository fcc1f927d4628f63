package dev.frontline.imports;

import static dev.frontline.db.Tables.IMPORT_UPLOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobState;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Import commits as background jobs over a file kept in the database: a commit writes its rows and its result, a stop
 * reaches the running commit and nothing is written, a failure keeps its reason, and only planners may commit.
 */
@FrontlineIntegrationTest
class ImportJobsTest {

    private static final String HEADER = "interval_start,offered,handled,abandoned,aht_seconds\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    ImportJobs commits;
    @Autowired
    JobService jobRows;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** {@code rows} quarter-hours of one queue from 2020 on, in UTC so no day is short or long. */
    private static String history(int rows) {
        StringBuilder file = new StringBuilder(HEADER);
        LocalDateTime t = LocalDateTime.of(2020, 1, 6, 0, 0);
        for (int i = 0; i < rows; i++, t = t.plusMinutes(15)) {
            file.append(t.format(LOCAL)).append(",12,11,1,190\n");
        }
        return file.toString();
    }

    private JobRecord commit(String queue, String file) {
        return commits.commit(ImportKind.HISTORY, "history.csv", ImportFixtures.csv(file),
                new HistoryOptions(queue, ZoneId.of("UTC"), null));
    }

    @Test
    void aCommitJobWritesTheRowsAndKeepsItsResultButNotTheFile() {
        signIn("planner");
        String queue = ImportFixtures.queue(ctx, "Europe/Warsaw");

        JobRecord queued = commit(queue, history(96));
        assertThat(queued.requestedBy()).isEqualTo("planner");

        JobRecord done = awaitEnd(queued);
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.resultId()).isEqualTo(queued.subjectId());
        ImportResult result = commits.result(done).orElseThrow();
        assertThat(result.committed()).isTrue();
        assertThat(result.kind()).isEqualTo(ImportKind.HISTORY);
        assertThat(result.rows()).isEqualTo(96);
        assertThat(result.created()).isEqualTo(96);
        assertThat(ImportFixtures.historyRows(ctx, queue)).isEqualTo(96);
        assertThat(ctx.select(IMPORT_UPLOAD.CONTENT).from(IMPORT_UPLOAD).where(IMPORT_UPLOAD.ID.eq(queued.subjectId()))
                .fetchSingle(IMPORT_UPLOAD.CONTENT)).as("the committed file is dropped").isNull();
    }

    @Test
    void aRefusedFileIsAResultWithItsErrorsAndWritesNothing() {
        signIn("planner");
        String queue = ImportFixtures.queue(ctx, "Europe/Warsaw");

        JobRecord done = awaitEnd(commit(queue, HEADER + "2020-01-06T00:00,five,5,0,200\n"));

        assertThat(done.state()).isEqualTo(JobState.DONE);
        ImportResult result = commits.result(done).orElseThrow();
        assertThat(result.committed()).isFalse();
        assertThat(result.errors()).extracting(e -> e.describe())
                .containsExactly("line 2, column offered: 'five' is not a whole number");
        assertThat(ImportFixtures.historyRows(ctx, queue)).isZero();
    }

    @Test
    void aStopReachesTheRunningCommitAndNothingIsWritten() {
        signIn("planner");
        String queue = ImportFixtures.queue(ctx, "Europe/Warsaw");
        // 200,000 rows take seconds to check and write, so only the stop can end the job before the assertions
        JobRecord queued = commit(queue, history(200_000));

        await(queued, job -> job.state() == JobState.RUNNING && job.message() != null);
        // the planner who comes back to the import page finds the commit still running
        assertThat(commits.running()).map(JobRecord::id).contains(queued.id());
        jobRows.cancel(queued.id());

        JobRecord ended = awaitEnd(queued);
        assertThat(ended.state()).isEqualTo(JobState.CANCELLED);
        assertThat(commits.running()).isEmpty();
        assertThat(ended.progress()).isLessThan(1.0);
        assertThat(commits.result(ended)).isEmpty();
        assertThat(ImportFixtures.historyRows(ctx, queue)).isZero();
        assertThat(ctx.select(IMPORT_UPLOAD.CONTENT).from(IMPORT_UPLOAD).where(IMPORT_UPLOAD.ID.eq(queued.subjectId()))
                .fetchSingle(IMPORT_UPLOAD.CONTENT)).as("a stopped commit keeps no file").isNull();
    }

    @Test
    void aFailedCommitKeepsItsReasonForThePlannerWhoStartedIt() {
        signIn("planner");
        long missingUpload = Long.MAX_VALUE;

        JobRecord failed = awaitEnd(jobRows.submit(ImportJobs.KIND, missingUpload, new ImportJobs.Parameters()));

        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).isEqualTo("import upload #" + missingUpload + " does not exist; upload the file again");
        assertThat(failed.failure(java.util.Locale.forLanguageTag("tr-TR")))
                .isEqualTo(missingUpload + " numaralı içe aktarma yüklemesi yok; dosyayı yeniden yükleyin");
        assertThat(failed.requestedBy()).isEqualTo("planner");
        assertThat(commits.result(failed)).isEmpty();
    }

    @Test
    void onlyPlannersMayCommitAndTheirFileIsNotEvenStored() {
        int uploads = ctx.fetchCount(IMPORT_UPLOAD);
        for (String user : List.of("agent.ist", "hr.lead")) {
            signIn(user);
            assertThatThrownBy(() -> commit("ANY", history(4))).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(ctx.fetchCount(IMPORT_UPLOAD)).isEqualTo(uploads);
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private JobRecord awaitEnd(JobRecord job) {
        return await(job, ended -> !ended.active());
    }

    private JobRecord await(JobRecord job, Predicate<JobRecord> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> jobRows.find(job.id()).orElseThrow(), condition::test);
    }
}
