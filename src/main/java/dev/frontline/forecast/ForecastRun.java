package dev.frontline.forecast;

import java.util.concurrent.CompletableFuture;

import dev.frontline.forecast.engine.CancellationToken;

/**
 * A forecast running in the background: its result completes with the saved version, or exceptionally with
 * {@link dev.frontline.forecast.engine.ForecastCancelledException} when stopped, or with the reason it failed. In
 * neither of the last two cases is anything saved.
 */
public final class ForecastRun {

    private final CancellationToken token = CancellationToken.create();
    private final CompletableFuture<ForecastVersionSummary> result = new CompletableFuture<>();

    /** Asks the run to stop at its next check; nothing is saved once this has been called. */
    public void cancel() {
        token.cancel();
    }

    public boolean isCancelled() {
        return token.isCancelled();
    }

    public CompletableFuture<ForecastVersionSummary> result() {
        return result;
    }

    CancellationToken token() {
        return token;
    }
}
