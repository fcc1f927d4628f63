package dev.frontline.jobs.api;

import java.util.Locale;

import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobState;

/**
 * A background job as the REST API reports it wherever one runs (a forecast, a requirement computation): its id,
 * state, progress, message and error (why it failed), both in the reader's language. What the job saved is named by each endpoint in its own words
 * (forecastVersion, requirementVersion) next to these fields, from {@link #savedId}.
 */
public record JobJson(long jobId, String state, double progress, String message, String error) {

    /** The job with its message rendered in the reader's language. */
    public static JobJson of(JobRecord job, Locale locale) {
        return new JobJson(job.id(), job.state().name(), job.progress(),
                job.message() == null ? null : job.message().render(locale), job.failure(locale));
    }

    /** The id of what the job saved; null until it is DONE, so a client never follows a half-written version. */
    public static Long savedId(JobRecord job) {
        return job.state() == JobState.DONE ? job.resultId() : null;
    }
}
