package dev.frontline.jobs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import dev.frontline.jobs.persistence.JobRepository;

/**
 * Brings a job's progress to whoever follows it on this node, wherever the job runs: one thread reads the rows of
 * all followed jobs a few times a second and calls the listeners of each row that changed. Listeners run on that
 * thread; a UI hands them to its own.
 */
@Component
public class JobWatcher {

    static final long POLL_MILLIS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(JobWatcher.class);

    private final JobRepository jobs;
    private final Map<Long, List<Follower>> listeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "job-watcher");
        thread.setDaemon(true);
        return thread;
    });

    JobWatcher(JobRepository jobs) {
        this.jobs = jobs;
        poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A listener and the state of the job it last heard of. */
    private static final class Follower {
        final Consumer<JobRecord> listener;
        volatile JobRecord lastSeen;

        Follower(Consumer<JobRecord> listener, JobRecord lastSeen) {
            this.listener = listener;
            this.lastSeen = lastSeen;
        }
    }

    /** Calls the listener with the job's row now and whenever it changes. */
    public void watch(long jobId, Consumer<JobRecord> listener) {
        watch(jobId, listener, null);
    }

    /** Calls the listener whenever the job's row differs from {@code known}, the state its caller has already shown. */
    public void watch(long jobId, Consumer<JobRecord> listener, JobRecord known) {
        listeners.computeIfAbsent(jobId, id -> new CopyOnWriteArrayList<>()).add(new Follower(listener, known));
    }

    public void unwatch(long jobId, Consumer<JobRecord> listener) {
        listeners.computeIfPresent(jobId, (id, list) -> {
            list.removeIf(follower -> follower.listener.equals(listener));
            return list.isEmpty() ? null : list;
        });
    }

    private void poll() {
        try {
            if (listeners.isEmpty()) {
                return;
            }
            for (JobRecord job : jobs.findAll(List.copyOf(listeners.keySet()))) {
                for (Follower follower : listeners.getOrDefault(job.id(), List.of())) {
                    if (!Objects.equals(follower.lastSeen, job)) {
                        follower.lastSeen = job;
                        notify(follower.listener, job);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Reading followed jobs failed; trying again", e);
        }
    }

    private static void notify(Consumer<JobRecord> listener, JobRecord job) {
        try {
            listener.accept(job);
        } catch (RuntimeException e) {
            LOG.warn("A job listener failed", e);
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
