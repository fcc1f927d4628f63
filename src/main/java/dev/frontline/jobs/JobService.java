package dev.frontline.jobs;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import dev.frontline.jobs.persistence.JobRepository;
import dev.frontline.security.CurrentUser;

/**
 * The one way to run long work: a job row that says who asked for what, and a db-scheduler execution that any node
 * may pick up. Role checks belong to the feature service that submits (a job its owner may not run is refused
 * here, at submission, not later on a worker); the worker runs it as the same user.
 */
@Service
public class JobService {

    private final JobRepository jobs;
    private final Scheduler scheduler;
    private final OneTimeTask<Void> task;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    JobService(JobRepository jobs, Scheduler scheduler, OneTimeTask<Void> backgroundJobTask, CurrentUser currentUser,
               JsonMapper json) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.task = backgroundJobTask;
        this.currentUser = currentUser;
        this.json = json;
    }

    /**
     * Queues a job for the signed-in user; throws {@link JobConflictException} when the subject already has an
     * active job of this kind on any node.
     */
    public JobRecord submit(String kind, long subjectId, Object parameters) {
        return submitAt(kind, subjectId, parameters, Instant.now());
    }

    /**
     * Queues a job to run at {@code at} (a deadline, a reminder before one) for the signed-in user. The execution waits
     * in db-scheduler's table, so whichever node is up then runs it, after restarts too; until then the job row is
     * queued, and a second one of the kind and subject is refused like {@link #submit}.
     */
    public JobRecord submitAt(String kind, long subjectId, Object parameters, Instant at) {
        String user = currentUser.require().getUsername();
        long id;
        try {
            id = jobs.insert(kind, subjectId, json.writeValueAsString(parameters), user);
        } catch (DuplicateKeyException alreadyActive) {
            throw new JobConflictException(kind, subjectId);
        }
        scheduler.schedule(task.instance(String.valueOf(id)), at);
        return jobs.find(id).orElseThrow();
    }

    /**
     * Cancels a job from any node: a queued one ends at once, a running one is asked to stop and keeps what its
     * handler saves on the way out.
     */
    public void cancel(long id) {
        if (jobs.cancelQueued(id)) {
            try {
                scheduler.cancel(task.instance(String.valueOf(id)));
            } catch (RuntimeException pickedMeanwhile) {
                // a node picked the execution in between: it reads the cancelled row and ends at once
            }
        } else {
            jobs.requestCancel(id);
        }
    }

    public Optional<JobRecord> find(long id) {
        return jobs.find(id);
    }

    public Optional<JobRecord> latest(String kind, long subjectId) {
        return jobs.latest(kind, subjectId);
    }

    /** The signed-in user's newest queued or running job of a kind, wherever it runs. */
    public Optional<JobRecord> mineActive(String kind) {
        return jobs.latestActive(kind, currentUser.require().getUsername());
    }
}
