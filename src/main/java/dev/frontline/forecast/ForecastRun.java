package dev.frontline.forecast;

import java.util.concurrent.CompletableFuture;

/**
 * A forecast running as a background job, on whichever node picked it: its result completes with the saved version,
 * or exceptionally with {@link dev.frontline.forecast.engine.ForecastCancelledException} when stopped, or with the
 * reason it failed. In neither of the last two cases is anything saved.
 */
public final class ForecastRun {

    private final long jobId;
    private final Runnable cancelJob;
    private final CompletableFuture<ForecastVersionSummary> result = new CompletableFuture<>();

    ForecastRun(long jobId, Runnable cancelJob) {
        this.jobId = jobId;
        this.cancelJob = cancelJob;
    }

    /** Asks the run to stop at its next check, on whichever node runs it; nothing is saved once this has been called. */
    public void cancel() {
        cancelJob.run();
    }

    public long jobId() {
        return jobId;
    }

    public CompletableFuture<ForecastVersionSummary> result() {
        return result;
    }
}
