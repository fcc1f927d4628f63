package dev.frontline.jobs;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import dev.frontline.jobs.persistence.JobRepository;
import dev.frontline.shared.text.Explained;
import dev.frontline.shared.text.Phrase;

/**
 * Runs a picked job on this node: as the user who asked for it, through the handler of its kind, and records how it
 * ended. A failure is recorded with its message for the user who started it; a node that stops leaves the job running
 * in its row, and db-scheduler hands it to another node.
 */
@Component
public class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobRepository jobs;
    private final TransactionTemplate ownTransaction;
    // looked up when first needed: handlers depend on feature services that submit jobs through the scheduler
    private final ObjectProvider<JobHandler> handlerBeans;
    private volatile Map<String, JobHandler> handlers;
    private final UserDetailsService users;
    private final JsonMapper json;
    private final NodeName node;
    private volatile boolean stopping;

    JobRunner(JobRepository jobs, ObjectProvider<JobHandler> handlerBeans, UserDetailsService users, JsonMapper json,
              NodeName node, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.handlerBeans = handlerBeans;
        this.users = users;
        this.json = json;
        this.node = node;
    }

    void run(long jobId) {
        JobRecord queued = jobs.find(jobId).orElse(null);
        if (queued == null || !queued.active()) {
            return;
        }
        if (queued.cancelRequested() && queued.state() == JobState.QUEUED) {
            jobs.finish(jobId, JobState.CANCELLED, null);
            return;
        }
        if (!jobs.start(jobId, node.name())) {
            return;
        }
        JobRecord job = jobs.find(jobId).orElseThrow();
        JobHandler handler = handlers().get(job.kind());
        if (handler == null) {
            jobs.finish(jobId, JobState.FAILED, null, Phrase.of("jobs.failure.no-handler", node.name()),
                    "no handler for jobs of kind " + job.kind() + " on node " + node.name());
            return;
        }
        JobExecution execution = new JobExecution(job, jobs, ownTransaction, json, () -> stopping);
        try {
            signIn(job.requestedBy());
            Long result = handler.run(execution);
            execution.flush();
            jobs.finish(jobId, execution.wasStoppedOnRequest() ? JobState.CANCELLED : JobState.DONE, result);
        } catch (JobExecution.NodeStoppingException stopped) {
            execution.flush();
            LOG.info("Job {} ({}) left to be taken up again: {}", jobId, job.kind(), stopped.getMessage());
            throw stopped;
        } catch (Exception failed) {
            execution.flush();
            if (execution.cancelRequested()) {
                // the handler stopped on the user's request by throwing, e.g. a forecast that saves nothing
                jobs.finish(jobId, JobState.CANCELLED, null);
                return;
            }
            LOG.error("Job {} ({}) failed", jobId, job.kind(), failed);
            jobs.finish(jobId, JobState.FAILED, null, failure(jobId, failed),
                    failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Why a job failed, for its readers: the reason of the first exception in the chain that says one as a phrase (a
     * refused input, a missing forecast); otherwise an unexpected error, told with the job's number so that an
     * administrator finds its technical text in the log and the job row.
     */
    static Phrase failure(long jobId, Throwable failed) {
        for (Throwable t = failed; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Explained explained && explained.reason() != null) {
                return explained.reason();
            }
        }
        return Phrase.of("jobs.failure.unexpected", jobId);
    }

    private Map<String, JobHandler> handlers() {
        if (handlers == null) {
            handlers = handlerBeans.orderedStream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        }
        return handlers;
    }

    /** The job runs as its owner, so the services it calls check the owner's role and scope their data. */
    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** From now on, handlers see that the node is stopping. */
    void stopping() {
        stopping = true;
    }
}
