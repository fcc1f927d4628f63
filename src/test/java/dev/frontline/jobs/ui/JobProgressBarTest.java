package dev.frontline.jobs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobState;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.jobs.ScriptedJobHandler;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/**
 * The job control every view shows, in Karibu over real jobs: progress pushed from the job row, a stop that ends the
 * job, and a failure told in full only to the user who started the job.
 */
@FrontlineIntegrationTest
class JobProgressBarTest {

    private static long subjects = System.nanoTime() % 1_000_000_000L;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    JobService jobs;
    @Autowired
    JobWatcher watcher;

    private JobProgressBar control;
    private final AtomicReference<JobRecord> ended = new AtomicReference<>();
    private final AtomicReference<JobRecord> lastShown = new AtomicReference<>();

    @BeforeEach
    void open() {
        KaribuSession.open(context);
        KaribuSession.signIn(users, "planner");
        control = new JobProgressBar(jobs, watcher, "test");
        control.onEnd(ended::set);
        control.onUpdate(lastShown::set);
        UI.getCurrent().add(control);
    }

    @AfterEach
    void close() {
        KaribuSession.close();
    }

    private JobRecord submit(String action, String message) {
        return jobs.submit(ScriptedJobHandler.KIND, ++subjects, new ScriptedJobHandler.Script(action, null, message));
    }

    private static String text() {
        return _get(Span.class, spec -> spec.withId("test-progress-text")).getText();
    }

    @Test
    void showsPushedProgressAndItsStopEndsTheJob() {
        assertThat(_find(Button.class, spec -> spec.withId("test-stop"))).as("hidden until it follows a job").isEmpty();
        JobRecord job = submit("WAIT_FOR_CANCEL", null);
        control.follow(job);
        assertThat(control.isActive()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("test-stop")).isEnabled()).isTrue();

        // the scripted job reports "waiting, step n" with a rising fraction; it reaches the page through push
        KaribuSession.awaitUi("progress pushed", Duration.ofSeconds(30), () -> text().contains("waiting, step"));
        assertThat(text()).matches("\\d+ % – waiting, step \\d+");
        assertThat(_get(ProgressBar.class, spec -> spec.withId("test-progress")).getValue()).isBetween(0.0, 0.9);
        // a view that draws more of the row (a curve of points) is handed each state the control shows
        assertThat(lastShown.get().id()).isEqualTo(job.id());
        assertThat(text()).endsWith(lastShown.get().message().english());

        _click(_get(Button.class, spec -> spec.withId("test-stop")));
        assertThat(text()).isEqualTo("Stopping…");
        assertThat(_get(Button.class, spec -> spec.withId("test-stop")).isEnabled()).isFalse();

        KaribuSession.awaitUi("the job ended", Duration.ofSeconds(30), () -> ended.get() != null);
        assertThat(ended.get().id()).isEqualTo(job.id());
        assertThat(ended.get().state()).isEqualTo(JobState.CANCELLED);
        assertThat(jobs.find(job.id()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
        assertThat(control.isActive()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("test-stop"))).as("hidden once the job ended").isEmpty();
        assertThat(_find(ProgressBar.class, spec -> spec.withId("test-progress"))).isEmpty();
    }

    @Test
    void theJobsProgressSentenceIsShownInTheReadersLanguage() {
        // the job stores what it does as a phrase: the same row reads in Polish here and in English over the CLI
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("pl-PL"));
        JobRecord job = submit("REPORT_ROWS_AND_WAIT", null);
        try {
            control.follow(job);
            KaribuSession.awaitUi("progress pushed", Duration.ofSeconds(30), () -> text().contains("Plik"));
            assertThat(text()).isEqualTo("50 % – Plik odczytany: 5 wierszy");
            assertThat(lastShown.get().message().english()).isEqualTo("File read: 5 rows");
        } finally {
            jobs.cancel(job.id());
            KaribuSession.awaitUi("the job ended", Duration.ofSeconds(30), () -> ended.get() != null);
        }
    }

    @Test
    void aFailuresReasonIsToldInTheReadersLanguage() {
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("tr-TR"));
        control.follow(jobs.submit(ScriptedJobHandler.KIND, ++subjects, new ScriptedJobHandler.Script("REFUSE", 7L, null)));

        KaribuSession.awaitUi("the job ended", Duration.ofSeconds(30), () -> ended.get() != null);
        assertThat(ended.get().state()).isEqualTo(JobState.FAILED);
        assertThat(text()).isEqualTo("Başarısız oldu, hiçbir şey kaydedilmedi: "
                + "7 numaralı tahmin sürümünde personel ihtiyacı hesaplanacak aralık yok.");
    }

    @Test
    void aFailureIsToldToTheUserWhoStartedTheJob() {
        JobRecord job = submit("FAIL", "the uploaded file is gone");
        control.follow(job);

        KaribuSession.awaitUi("the job ended", Duration.ofSeconds(30), () -> ended.get() != null);
        assertThat(ended.get().state()).isEqualTo(JobState.FAILED);
        // the exception's own text is for administrators; the user is told in their words which job to ask about
        assertThat(text()).isEqualTo("Failed, nothing was saved: an unexpected error stopped job " + job.id()
                + "; an administrator finds its details in the server log");
        assertThat(_find(Button.class, spec -> spec.withId("test-stop"))).isEmpty();
        assertThat(_find(ProgressBar.class, spec -> spec.withId("test-progress"))).isEmpty();
    }

    @Test
    void anotherUserSeesThatItFailedButNotWhy() {
        JobRecord job = submit("FAIL", "details for the owner only");
        KaribuSession.signIn(users, "hr.lead");
        control.follow(job);

        KaribuSession.awaitUi("the job ended", Duration.ofSeconds(30), () -> ended.get() != null);
        assertThat(text()).isEqualTo("Failed (started by planner); nothing was saved.");
    }
}
