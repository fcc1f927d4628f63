package dev.frontline.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.frontline.shared.text.Phrase;

/**
 * A background job as stored: who asked for what and when, where it runs, how far it got and how it ended. Every node
 * reads the same row, so progress and results show wherever the job runs. {@code message} is what the job was doing at
 * its last report, as a phrase that each reader renders in their own language (null before the first report).
 * {@code failure} says why a failed job stopped, as a phrase for its readers; {@code error} keeps the exception's own
 * (English) text as the technical detail for logs and administrators.
 */
public record JobRecord(long id, String kind, long subjectId, String parameters, String requestedBy, Instant requestedAt,
        JobState state, String node, int attempts, Instant startedAt, Instant finishedAt, double progress,
        Phrase message, List<JobPoint> points, Long resultId, String error, Phrase failure,
        boolean cancelRequested) {

    public boolean active() {
        return state.active();
    }

    /** Why the job failed in the language of {@code locale}; null when it did not fail. */
    public String failure(Locale locale) {
        if (failure != null) {
            return failure.render(locale);
        }
        return error;
    }
}
