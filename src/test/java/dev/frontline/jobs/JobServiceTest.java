package dev.frontline.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import dev.frontline.jobs.api.JobJson;
import dev.frontline.shared.text.Phrase;
import dev.frontline.testing.FrontlineIntegrationTest;

/** Jobs as rows any node may run: results, failures, one active job per subject, cancel, and who a job runs as. */
@FrontlineIntegrationTest
class JobServiceTest {

    private static long subjects = System.nanoTime() % 1_000_000_000L;

    @Autowired
    JobService jobs;
    @Autowired
    NodeName node;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signIn() {
        UserDetails planner = users.loadUserByUsername("planner");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(planner, null, planner.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aJobRunsAsTheUserWhoAskedAndRecordsItsResult() {
        JobRecord queued = jobs.submit(ScriptedJobHandler.KIND, ++subjects,
                new ScriptedJobHandler.Script("RESULT", 42L, null));
        assertThat(queued.requestedBy()).isEqualTo("planner");

        JobRecord done = await(queued.id(), job -> !job.active());
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.resultId()).isEqualTo(42L);
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.node()).isEqualTo(node.name());
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.finishedAt()).isNotNull();
        assertThat(ScriptedJobHandler.RAN_AS.get(queued.id())).isEqualTo("planner");
    }

    @Test
    void aFailedJobKeepsItsErrorForTheUserWhoStartedIt() {
        JobRecord queued = jobs.submit(ScriptedJobHandler.KIND, ++subjects,
                new ScriptedJobHandler.Script("FAIL", null, "the uploaded file is gone"));

        JobRecord failed = await(queued.id(), job -> !job.active());
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).as("the technical text, for administrators").isEqualTo("the uploaded file is gone");
        assertThat(failed.resultId()).isNull();
        // an exception that says nothing in the user's words: the user is told it was unexpected, with the job's number
        assertThat(failed.failure()).isEqualTo(Phrase.of("jobs.failure.unexpected", failed.id()));
        assertThat(failed.failure(Locale.forLanguageTag("pl-PL"))).isEqualTo("zadanie " + failed.id()
                + " zatrzymał nieoczekiwany błąd; administrator znajdzie szczegóły w dzienniku serwera");
    }

    @Test
    void aFailedJobsReasonIsStoredAsAPhraseAndReadInTheReadersLanguage() {
        JobRecord queued = jobs.submit(ScriptedJobHandler.KIND, ++subjects,
                new ScriptedJobHandler.Script("REFUSE", 7L, null));

        JobRecord failed = await(queued.id(), job -> !job.active());
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.failure()).isEqualTo(Phrase.of("staffing.failure.no-intervals", 7L));
        assertThat(failed.failure(Locale.forLanguageTag("tr-TR")))
                .isEqualTo("7 numaralı tahmin sürümünde personel ihtiyacı hesaplanacak aralık yok.");
        assertThat(failed.failure(Locale.UK)).isEqualTo("Forecast version 7 has no intervals to staff.");
        assertThat(failed.error()).as("the exception's own text stays the technical detail").isEqualTo("while staffing");
        // the REST job JSON says it in the reader's language
        assertThat(JobJson.of(failed, Locale.forLanguageTag("pl-PL")).error())
                .isEqualTo("Wersja prognozy 7 nie ma przedziałów do obsadzenia.");
    }

    @Test
    void aSubjectHasOneActiveJobOfAKindAndACancelFromAnyNodeEndsIt() {
        long subject = ++subjects;
        JobRecord waiting = jobs.submit(ScriptedJobHandler.KIND, subject,
                new ScriptedJobHandler.Script("WAIT_FOR_CANCEL", null, null));
        JobRecord running = await(waiting.id(), job -> job.state() == JobState.RUNNING && !job.points().isEmpty());
        assertThat(running.message().english()).startsWith("waiting, step");

        assertThatThrownBy(() -> jobs.submit(ScriptedJobHandler.KIND, subject,
                new ScriptedJobHandler.Script("RESULT", 1L, null)))
                .isInstanceOf(JobConflictException.class)
                .hasMessageContaining("already queued or running");

        jobs.cancel(waiting.id());
        JobRecord cancelled = await(waiting.id(), job -> !job.active());
        assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
        assertThat(cancelled.cancelRequested()).isTrue();

        JobRecord next = jobs.submit(ScriptedJobHandler.KIND, subject, new ScriptedJobHandler.Script("RESULT", 7L, null));
        assertThat(await(next.id(), job -> !job.active()).state()).isEqualTo(JobState.DONE);
    }

    private JobRecord await(long id, Predicate<JobRecord> condition) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> jobs.find(id).orElseThrow(), condition::test);
    }
}
