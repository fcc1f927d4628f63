package dev.frontline.shared.progress;

import dev.frontline.shared.text.Phrase;

/**
 * Where a long piece of work has got to: every engine and service that runs long reports through this one type, so a
 * background job, a command line or a test can follow any of them. A job passes {@code execution::progress}.
 */
@FunctionalInterface
public interface Progress {

    /** For callers that do not follow the work. */
    Progress NONE = (fraction, message) -> { };

    /**
     * @param fraction done so far, 0–1
     * @param message  what the work is doing now, as a sentence of the bundles: a job stores it as data and each reader
     *                 sees it in their own language (the command line and logs in English)
     */
    void report(double fraction, Phrase message);

    /**
     * The stretch {@code from}–{@code to} of this progress, for a step of a larger piece of work: the step reports
     * 0–1 as if it were all there is.
     */
    default Progress part(double from, double to) {
        return (fraction, message) -> report(from + (to - from) * fraction, message);
    }
}
