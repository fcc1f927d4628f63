package dev.frontline.jobs.ui;

import java.security.Principal;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinRequest;

import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobState;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.shared.ui.Formats;

/**
 * The one progress-and-stop control of a background job: a progress bar, the job's state in words, and a Stop
 * button that cancels the job on whichever node runs it. It follows the job's row through {@link JobWatcher} and
 * pushes each change to the page, so it shows a job running on another node as well as one running here. While the
 * job runs all three show; when it ends the control hides, except after a failure, when it says why — the error to
 * the user who started the job, who failed it to anyone else. A view tells it which job to follow and what to do when
 * the job has ended ({@link #onEnd}) and, if it draws more of the row, on every change ({@link #onUpdate}); leaving the
 * page stops following, not the job, and coming back follows again.
 * Ids: {@code <prefix>-job} (the control), {@code <prefix>-progress}, {@code <prefix>-progress-text},
 * {@code <prefix>-stop}.
 */
public class JobProgressBar extends HorizontalLayout {

    private final JobService jobs;
    private final JobWatcher watcher;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span text = new Span();
    private final Button stop = new Button();

    private Consumer<JobRecord> onEnd = job -> { };
    private Consumer<JobRecord> onUpdate = job -> { };
    private JobRecord job;
    private String viewer;
    private Consumer<JobRecord> following;

    public JobProgressBar(JobService jobs, JobWatcher watcher, String idPrefix) {
        this.jobs = jobs;
        this.watcher = watcher;
        setId(idPrefix + "-job");
        bar.setId(idPrefix + "-progress");
        bar.setWidth("20em");
        text.setId(idPrefix + "-progress-text");
        stop.setId(idPrefix + "-stop");
        stop.setText(getTranslation("jobs.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(click -> stop());
        add(bar, text, stop);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setVisible(false);
    }

    /** Who to tell, on the page's thread, when the followed job has ended: done, failed or stopped. */
    public void onEnd(Consumer<JobRecord> listener) {
        this.onEnd = Objects.requireNonNull(listener);
    }

    /**
     * Who to tell, on the page's thread, every state of the followed job it shows, from the first: for views that draw
     * more of the row than the bar does, such as a solve's best-score curve from its points.
     */
    public void onUpdate(Consumer<JobRecord> listener) {
        this.onUpdate = Objects.requireNonNull(listener);
    }

    /**
     * Follows a job from now on, instead of any job followed before; a job that has ended already is shown as such
     * and reported to {@link #onEnd} at once. Call it on the page's thread, as the user who looks at the page.
     */
    public void follow(JobRecord job) {
        unwatch();
        this.job = job;
        this.viewer = currentUser();
        show(job);
        if (job.active()) {
            watch();
        } else {
            onEnd.accept(job);
        }
    }

    /** {@link #follow(JobRecord)} for a job known by its id. */
    public void follow(long jobId) {
        follow(jobs.find(jobId).orElseThrow(() -> new IllegalArgumentException("job #" + jobId + " does not exist")));
    }

    /** Whether the followed job is queued or running. */
    public boolean isActive() {
        return job != null && job.active();
    }

    /** Forgets the followed job (it keeps running) and hides the control. */
    public void clear() {
        unwatch();
        job = null;
        setVisible(false);
    }

    private void stop() {
        if (isActive()) {
            jobs.cancel(job.id());
            stop.setEnabled(false);
            text.setText(getTranslation("jobs.stopping"));
        }
    }

    private void watch() {
        UI ui = UI.getCurrent();
        Consumer<JobRecord> listener = changed -> access(ui, () -> changed(changed));
        following = listener;
        watcher.watch(job.id(), listener, job);
    }

    private void unwatch() {
        if (following != null) {
            watcher.unwatch(job.id(), following);
            following = null;
        }
    }

    private void changed(JobRecord changed) {
        if (job == null || changed.id() != job.id()) {
            return;
        }
        job = changed;
        show(changed);
        if (!changed.active()) {
            unwatch();
            onEnd.accept(changed);
        }
    }

    private void show(JobRecord row) {
        onUpdate.accept(row);
        if (row.active()) {
            setVisible(true);
            bar.setVisible(true);
            bar.setValue(Math.max(0, Math.min(1, row.progress())));
            stop.setVisible(true);
            stop.setEnabled(!row.cancelRequested());
            text.setText(activeText(row));
            return;
        }
        bar.setVisible(false);
        stop.setVisible(false);
        boolean failed = row.state() == JobState.FAILED;
        setVisible(failed);
        text.setText(!failed ? "" : row.requestedBy().equals(viewer)
                ? getTranslation("jobs.failed", String.valueOf(row.failure(getLocale())))
                : getTranslation("jobs.failed.other", row.requestedBy()));
    }

    private String activeText(JobRecord row) {
        if (row.cancelRequested()) {
            return getTranslation("jobs.stopping");
        }
        if (row.state() == JobState.QUEUED) {
            return getTranslation("jobs.queued");
        }
        String percent = Formats.decimal(100 * row.progress(), 0);
        return row.message() == null ? getTranslation("jobs.running", percent)
                : getTranslation("jobs.running.message", percent, row.message().render(getLocale()));
    }

    private static String currentUser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // back on the page: read the row again (the job may have moved on, or ended, meanwhile) and follow it
        if (job != null && following == null) {
            jobs.find(job.id()).ifPresent(this::follow);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unwatch();
        super.onDetach(detachEvent);
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // the page is gone; the job goes on and the next page that follows it shows where it is
        }
    }
}
