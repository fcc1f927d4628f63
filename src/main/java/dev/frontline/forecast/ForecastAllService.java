package dev.frontline.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.frontline.forecast.engine.ForecastCancelledException;
import dev.frontline.jobs.JobConflictException;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;

/**
 * Every queue (or a chosen set) forecast in one durable job, then the follow-up step (requirements) for each saved
 * version. Each queue is checked before anything is queued, so bad input is refused naming the queue; a queue that
 * fails while running (its history changed meanwhile) is reported with its reason and the others go on. The progress
 * message always says which queue of how many is running and what it is doing. Planners only.
 */
@Service
@PreAuthorize("hasRole('PLANNER')")
public class ForecastAllService {

    static final String JOB_KIND = "FORECAST_ALL";
    /** One all-queues run at a time, across nodes: the subject every such job shares. */
    static final long SUBJECT = 0;

    private final ForecastRunService runs;
    private final ForecastInputs inputs;
    private final ForecastVersionService versions;
    private final JobService jobs;
    private final ObjectProvider<ForecastFollowUp> followUp;

    ForecastAllService(ForecastRunService runs, ForecastInputs inputs, ForecastVersionService versions, JobService jobs,
                       ObjectProvider<ForecastFollowUp> followUp) {
        this.runs = runs;
        this.inputs = inputs;
        this.versions = versions;
        this.jobs = jobs;
        this.followUp = followUp;
    }

    /** The follow-up step this application offers after the forecasts, if any ("requirements"). */
    public Optional<Phrase> followUpLabel() {
        return Optional.ofNullable(followUp.getIfAvailable()).map(ForecastFollowUp::label);
    }

    /** The queues a run covers: the chosen ones, or every queue with history. */
    public List<String> queueCodes(ForecastAllRequest request) {
        if (!request.queueCodes().isEmpty()) {
            return request.queueCodes();
        }
        return versions.queues().stream().filter(ForecastQueue::hasHistory).map(ForecastQueue::code).toList();
    }

    /** Checks every queue's request at once (bad input names the queue) and queues the run as one background job. */
    public JobRecord start(ForecastAllRequest request) {
        List<String> codes = queueCodes(request);
        if (codes.isEmpty()) {
            throw new ForecastInputException("queue", "forecast.all.error.no-queue", "no queue with history to forecast");
        }
        for (String code : codes) {
            try {
                inputs.check(perQueue(code, request));
            } catch (ForecastInputException refused) {
                // the single-queue messages speak of "the queue"; here the planner must know which one
                throw new ForecastInputException("queue", "forecast.all.error.queue", code + ": " + refused.getMessage(),
                        code, refused.getMessage());
            }
        }
        try {
            return jobs.submit(JOB_KIND, SUBJECT, new ForecastAllRequest(codes, request.horizonWeeks(), request.grainMinutes(),
                    request.dropAdjustments(), request.followUp()));
        } catch (JobConflictException running) {
            throw new ForecastInputException("queue", "forecast.all.error.running", "an all-queues forecast is already running");
        }
    }

    /** The job's work; the summary of every queue is its last progress message. */
    public Long runJob(ForecastAllRequest request, Progress progress, Cancellation cancel) {
        List<String> codes = queueCodes(request);
        ForecastFollowUp step = request.followUp() ? followUp.getIfAvailable() : null;
        int n = codes.size();
        List<Phrase> outcomes = new ArrayList<>();
        Long last = null;
        // progress names each queue as planners know it ("Billing – Turkish – voice")
        java.util.Map<String, String> labels = versions.queues().stream()
                .collect(java.util.stream.Collectors.toMap(ForecastQueue::code, ForecastQueue::label, (a, b) -> a));
        for (int i = 0; i < n; i++) {
            String code = codes.get(i);
            String queue = labels.getOrDefault(code, code);
            int number = i + 1;
            double from = (double) i / n;
            double mid = (i + (step == null ? 1.0 : 0.7)) / n;
            ForecastCancelledException.throwIf(cancel, "before " + code + "; the queues done so far are saved");
            try {
                ForecastVersionSummary v = runs.runNow(perQueue(code, request),
                        (f, m) -> progress.report(from + (mid - from) * f,
                                Phrase.of("jobs.progress.queue-step", number, n, queue, m)), cancel);
                last = v.id();
                Phrase outcome = Phrase.of("jobs.progress.queue-outcome", queue, v.id(), v.adjustments());
                if (step != null) {
                    double to = (i + 1.0) / n;
                    long saved = step.after(v.id(), (f, m) -> progress.report(mid + (to - mid) * f,
                            Phrase.of("jobs.progress.queue-step", number, n, queue,
                                    Phrase.of("jobs.progress.follow-up-step", step.label(), m))), cancel);
                    outcome = Phrase.of("jobs.progress.queue-outcome.follow-up", outcome, step.label(), saved);
                }
                outcomes.add(outcome);
            } catch (ForecastCancelledException stopped) {
                throw stopped;
            } catch (RuntimeException failed) {
                outcomes.add(Phrase.of("jobs.progress.queue-failed", queue, String.valueOf(failed.getMessage())));
            }
            progress.report((i + 1.0) / n, Phrase.of("jobs.progress.queue-step", number, n, queue,
                    Phrase.of("jobs.progress.done-so-far", List.copyOf(outcomes))));
        }
        progress.report(1, Phrase.of("jobs.progress.all-done", List.copyOf(outcomes)));
        return last;
    }

    private static ForecastRunRequest perQueue(String code, ForecastAllRequest request) {
        return new ForecastRunRequest(code, null, request.horizonWeeks(), request.grainMinutes(), request.dropAdjustments());
    }
}
