package dev.frontline.forecast.engine;

/** Thrown when a {@link CancellationToken} stops a run; no partial result is returned. */
public class ForecastCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForecastCancelledException(String message) {
        super(message);
    }
}
