package dev.frontline.jobs;

/**
 * The work behind one kind of background job. A node runs it for a job row with the requesting user signed in;
 * the same job may run again on another node after a node died, so {@link #run} starts from what is stored.
 */
public interface JobHandler {

    /** The kind of job this handler runs, as stored in the job row. */
    String kind();

    /**
     * Does the work, reporting through {@code execution}; returns the id of what it produced (e.g. a version), or null.
     * A handler that sees {@link JobExecution#nodeStopping()} stops early, keeps what it has, and throws
     * {@link JobExecution.NodeStoppingException} so another node (or this one after a restart) takes the job up again.
     */
    Long run(JobExecution execution) throws Exception;
}
