package dev.frontline.forecast.engine;

import java.util.concurrent.CancellationException;

import dev.frontline.shared.progress.Cancellation;

/** Thrown when a {@link Cancellation} stops a forecast; no partial result is returned. */
public class ForecastCancelledException extends CancellationException {

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
