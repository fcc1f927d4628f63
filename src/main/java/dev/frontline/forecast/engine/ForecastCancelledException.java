package dev.frontline.forecast.engine;

import dev.frontline.shared.progress.Cancellation;

/**
 * Thrown when a {@link Cancellation} stops a forecast; no partial result is returned. Not a
 * {@link java.util.concurrent.CancellationException}: a run's future completes with it as its cause, which a future
 * would take for its own cancellation.
 */
public class ForecastCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForecastCancelledException(String message) {
        super(message);
    }

    /** Stops the forecast {@code where} (e.g. "before saving") when the user asked. */
    public static void throwIf(Cancellation cancel, String where) {
        if (cancel.isCancelled()) {
            throw new ForecastCancelledException("forecast cancelled " + where);
        }
    }
}
