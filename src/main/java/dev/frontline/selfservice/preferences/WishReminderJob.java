package dev.frontline.selfservice.preferences;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.frontline.jobs.JobExecution;
import dev.frontline.jobs.JobHandler;
import dev.frontline.jobs.JobService;

/**
 * The reminder before a preference window closes, as a durable background job (db-scheduler, so whichever node is up
 * then sends it, after restarts too): {@code frontline.selfservice.reminder-hours} before the deadline, every active
 * agent who has stated no wish in the window is told until when they may. Runs as the planner who opened the window.
 */
@Component
class WishReminderJob implements JobHandler {

    static final String KIND = "WISH_REMINDER";

    private final PreferenceService preferences;

    WishReminderJob(PreferenceService preferences) {
        this.preferences = preferences;
    }

    /** Schedules a window's reminder; the service uses it, the job handler above sends it. */
    @Component
    static class Schedule {

        private final JobService jobs;
        private final Duration before;
        private final Clock clock;

        Schedule(JobService jobs, @Value("${frontline.selfservice.reminder-hours:24}") int hours, Clock clock) {
            this.jobs = jobs;
            this.before = Duration.ofHours(hours);
            this.clock = clock;
        }

        /** The window's reminder, unless it would fall in the past (the opening notice said the deadline). */
        void schedule(long windowId, OffsetDateTime deadline) {
            Instant remindAt = deadline.toInstant().minus(before);
            if (remindAt.isAfter(clock.instant())) {
                jobs.submitAt(KIND, windowId, Map.of(), remindAt);
            }
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Long run(JobExecution execution) {
        return (long) preferences.remindSilentAgents(execution.subjectId());
    }
}
