package dev.frontline.forecast.engine;

/** Receives progress of a long run, e.g. to drive a progress bar. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (fraction, message) -> { };

    /** @param fraction done so far, 0–1 */
    void progress(double fraction, String message);
}
