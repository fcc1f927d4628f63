package dev.frontline.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.frontline.forecast.engine.ForecastCancelledException;
import dev.frontline.forecast.engine.ForecastEngine;
import dev.frontline.forecast.engine.IntervalForecast;
import dev.frontline.forecast.engine.QueueForecast;
import dev.frontline.forecast.persistence.ForecastVersionRepository;
import dev.frontline.jobs.JobConflictException;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.security.CurrentUser;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;

/**
 * Runs the forecasting engine on a queue's history from the database and saves the result as a forecast version.
 * Planners only. {@link #start} queues the run as a durable background job that any node may run, with progress and a
 * stop that reach it there; {@link #runNow} does the same work on the caller's thread (tests, batch). A stopped or
 * failed run saves nothing.
 */
@Service
@PreAuthorize("hasRole('PLANNER')")
public class ForecastRunService {

    static final String JOB_KIND = "FORECAST_RUN";
    /** Share of the progress bar for reading the history before the engine starts, and for saving after it. */
    private static final double LOADED = 0.05;
    private static final double FITTED = 0.92;

    private final ForecastInputs inputs;
    private final ForecastVersionWriter writer;
    private final ForecastVersionRepository versions;
    private final CurrentUser currentUser;
    private final JobService jobs;
    private final JobWatcher watcher;
    private final ForecastEngine engine = new ForecastEngine();

    ForecastRunService(ForecastInputs inputs, ForecastVersionWriter writer, ForecastVersionRepository versions,
                       CurrentUser currentUser, JobService jobs, JobWatcher watcher) {
        this.inputs = inputs;
        this.writer = writer;
        this.versions = versions;
        this.currentUser = currentUser;
        this.jobs = jobs;
        this.watcher = watcher;
    }

    /**
     * Checks the request at once (bad input throws {@link ForecastInputException} here) and queues it as a background
     * job. Progress arrives on a background thread; a UI must hand it to its own thread.
     */
    public ForecastRun start(ForecastRunRequest request, Progress progress) {
        ForecastInputs.Checked checked = inputs.check(request);
        JobRecord job;
        try {
            job = jobs.submit(JOB_KIND, checked.queue().id(), request);
        } catch (JobConflictException running) {
            throw new ForecastInputException("queue", "forecast.error.already-running",
                    "a forecast of " + checked.queue().label() + " is already running", checked.queue().label());
        }
        ForecastRun run = new ForecastRun(job.id(), () -> jobs.cancel(job.id()));
        follow(run, progress);
        return run;
    }

    /** Hands the job's progress to the listener and completes the run's result when the job ends. */
    private void follow(ForecastRun run, Progress progress) {
        watcher.watch(run.jobId(), new Consumer<>() {
            @Override
            public void accept(JobRecord job) {
                if (job.active()) {
                    if (job.message() != null) {
                        progress.report(job.progress(), job.message());
                    }
                    return;
                }
                watcher.unwatch(job.id(), this);
                if (job.message() != null) {
                    progress.report(job.progress(), job.message());
                }
                switch (job.state()) {
                    case DONE -> versions.find(job.resultId()).ifPresentOrElse(run.result()::complete,
                            () -> run.result().completeExceptionally(new IllegalStateException(
                                    "forecast version " + job.resultId() + " is gone")));
                    case CANCELLED -> run.result().completeExceptionally(
                            new ForecastCancelledException("forecast cancelled; nothing was saved"));
                    default -> run.result().completeExceptionally(job.failure() != null
                            ? new dev.frontline.shared.text.PhrasedException(job.failure())
                            : new IllegalStateException(job.error()));
                }
            }
        });
    }

    /** A forecast run's job row by its id, from any node; empty when there is no forecast run with that id. */
    public java.util.Optional<JobRecord> job(long jobId) {
        return jobs.find(jobId).filter(job -> job.kind().equals(JOB_KIND));
    }

    /** The job's work, on the node that picked it, signed in as the planner who asked for it. */
    public long runJob(ForecastRunRequest request, Progress progress, Cancellation cancel) {
        return runNow(request, progress, cancel).id();
    }

    /** The same run on the caller's thread; returns the saved version or throws why nothing was saved. */
    public ForecastVersionSummary runNow(ForecastRunRequest request, Progress progress, Cancellation cancel) {
        String user = currentUser.require().getUsername();
        return execute(request, inputs.check(request), user, progress, cancel);
    }

    private ForecastVersionSummary execute(ForecastRunRequest request, ForecastInputs.Checked checked, String user,
                                           Progress progress, Cancellation cancel) {
        progress.report(0, Phrase.of("jobs.progress.reading-history", checked.queue().label()));
        ForecastInputs.Prepared prepared = inputs.prepare(checked);
        ForecastCancelledException.throwIf(cancel, "after reading the history; nothing was saved");
        progress.report(LOADED, Phrase.of("jobs.progress.history-read", prepared.history().size()));
        QueueForecast forecast = engine.forecast(prepared.request(), progress.part(LOADED, FITTED), cancel);
        ForecastCancelledException.throwIf(cancel, "before saving; nothing was saved");
        progress.report(FITTED, Phrase.of("jobs.progress.saving-forecast"));
        ForecastVersionWriter.Saved saved = writer.save(toVersion(prepared, forecast, user), !request.dropAdjustments(), cancel);
        long id = saved.id();
        progress.report(1, saved.carried().map(c -> c.leftBehind().isEmpty()
                ? Phrase.of("jobs.progress.forecast-saved.carried", id, c.carried(), c.fromVersion())
                : Phrase.of("jobs.progress.forecast-saved.left-behind", id, c.carried(), c.fromVersion(),
                        c.leftBehind().size(), c.leftBehind()))
                .orElseGet(() -> Phrase.of("jobs.progress.forecast-saved", id)));
        return versions.find(id).orElseThrow();
    }

    private static NewForecastVersion toVersion(ForecastInputs.Prepared prepared, QueueForecast forecast, String user) {
        ForecastInputs.Checked c = prepared.checked();
        ForecastQueue queue = c.queue();
        List<StoredInterval> rows = new ArrayList<>();
        for (IntervalForecast i : forecast.intervals()) {
            for (var instant : LocalGrid.instantsOf(i.date(), i.start(), queue.zone())) {
                rows.add(new StoredInterval(instant, i.offered(), i.ahtSeconds(), i.lower80(), i.upper80(), i.lower95(),
                        i.upper95()));
            }
        }
        rows.sort(Comparator.comparing(StoredInterval::start));
        List<HistoryInterval> history = prepared.history();
        return new NewForecastVersion(queue.id(), user, c.grain().minutes(), c.start(), c.start().plusDays(c.horizonDays()),
                history.get(0).start(), history.get(history.size() - 1).end(), history.size(),
                ExplanationText.methodLabel(forecast.explanation()),
                ExplanationText.lines(forecast.explanation(), prepared.notes()), forecast.explanation().decision(),
                forecast.scores().stream().map(ExplanationText::score).toList(), rows);
    }

}
