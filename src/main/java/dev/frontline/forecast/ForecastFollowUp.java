package dev.frontline.forecast;

import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;

/**
 * Work another feature does on a freshly saved forecast version inside an all-queues run (the staffing feature computes
 * its requirements). An interface here, implemented there, so the forecast feature does not depend on staffing.
 */
public interface ForecastFollowUp {

    /** What the step does, in a few words for the page and progress messages ("requirements"), as a phrase. */
    Phrase label();

    /** Does the step for one saved version; returns the id of what it saved. */
    long after(long forecastVersionId, Progress progress, Cancellation cancel);
}
