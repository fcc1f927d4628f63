package dev.frontline.selfservice.bidding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.frontline.jobs.JobExecution;
import dev.frontline.jobs.JobHandler;
import dev.frontline.jobs.JobService;

/**
 * A bid round's two dates as durable background jobs (db-scheduler, so whichever node is up runs them, after restarts
 * too): a reminder {@code frontline.selfservice.reminder-hours} before the deadline to the agents who have not ranked
 * a line, and the allocation at the deadline. Both run as the planner who made the round and do nothing when the
 * round has moved on (allocated by hand, deleted).
 */
@Component
class BidDeadlineJobs {

    static final String REMINDER = "BID_REMINDER";
    static final String DEADLINE = "BID_DEADLINE";

    private final JobService jobs;
    private final Duration before;
    private final Clock clock;

    BidDeadlineJobs(JobService jobs, @Value("${frontline.selfservice.reminder-hours:24}") int hours, Clock clock) {
        this.jobs = jobs;
        this.before = Duration.ofHours(hours);
        this.clock = clock;
    }

    int reminderHours() {
        return (int) before.toHours();
    }

    /** Schedules the round's reminder (unless it would fall in the past: the opening notice said the deadline) and allocation. */
    void schedule(long roundId, OffsetDateTime deadline) {
        Instant remindAt = deadline.toInstant().minus(before);
        if (remindAt.isAfter(clock.instant())) {
            jobs.submitAt(REMINDER, roundId, Map.of(), remindAt);
        }
        jobs.submitAt(DEADLINE, roundId, Map.of(), deadline.toInstant());
    }

    @Component
    static class Reminder implements JobHandler {

        private final BidService bids;

        Reminder(BidService bids) {
            this.bids = bids;
        }

        @Override
        public String kind() {
            return REMINDER;
        }

        @Override
        public Long run(JobExecution execution) {
            return (long) bids.remindUnranked(execution.subjectId());
        }
    }

    @Component
    static class Deadline implements JobHandler {

        private final BidService bids;

        Deadline(BidService bids) {
            this.bids = bids;
        }

        @Override
        public String kind() {
            return DEADLINE;
        }

        @Override
        public Long run(JobExecution execution) {
            Optional<AllocationReview> review = bids.allocateAtDeadline(execution.subjectId());
            return review.map(r -> (long) r.agents()).orElse(null);
        }
    }
}
