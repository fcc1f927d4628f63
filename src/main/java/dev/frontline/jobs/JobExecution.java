package dev.frontline.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import dev.frontline.jobs.persistence.JobRepository;
import dev.frontline.shared.text.Phrase;

/**
 * One run of a job on this node, as its handler sees it: the job's parameters, progress and curve points to report,
 * and whether the user asked to cancel or the node is stopping. Reports reach the job row at most every
 * {@link #REPORT_EVERY_MILLIS}, so a handler may report as often as its engine produces news.
 */
public final class JobExecution {

    /** How often progress and cancel requests go through the database at most. */
    static final long REPORT_EVERY_MILLIS = 250;

    private final JobRecord job;
    private final JobRepository repository;
    private final TransactionTemplate ownTransaction;
    private final JsonMapper json;
    private final BooleanSupplier nodeStopping;
    private final List<JobPoint> pendingPoints = new ArrayList<>();
    private double progress;
    private Phrase message;
    private boolean progressPending;
    private long lastReport;
    private long lastCancelCheck;
    private boolean cancelRequested;
    private volatile boolean stoppedOnRequest;

    /** Thrown by a handler that stopped because its node is shutting down; the job stays to be run again. */
    public static final class NodeStoppingException extends RuntimeException {
        public NodeStoppingException(String message) {
            super(message);
        }
    }

    /**
     * @param ownTransaction a transaction of its own for every read and write of the job row, so that reports reach
     *                       other nodes at once even while the handler's work is inside a transaction (an import's
     *                       rows are written in one) and never touch that transaction's connection
     */
    JobExecution(JobRecord job, JobRepository repository, TransactionTemplate ownTransaction, JsonMapper json,
                 BooleanSupplier nodeStopping) {
        this.job = job;
        this.repository = repository;
        this.ownTransaction = ownTransaction;
        this.json = json;
        this.nodeStopping = nodeStopping;
    }

    public long jobId() {
        return job.id();
    }

    public long subjectId() {
        return job.subjectId();
    }

    /** 1 on the first run, more when the job was taken up again after a node stopped or died. */
    public int attempt() {
        return job.attempts();
    }

    /** When the job first started, on whichever node: a job taken up again counts its time from there. */
    public java.time.Instant firstStarted() {
        return job.startedAt();
    }

    public <T> T parameters(Class<T> type) {
        return json.readValue(job.parameters(), type);
    }

    /**
     * How far the work is (0–1) and what it is doing, as a sentence of the bundles: stored as data, so each reader of
     * the job (page or REST) sees it in their own language.
     */
    public synchronized void progress(double fraction, Phrase text) {
        progress = Math.max(0, Math.min(1, fraction));
        message = text;
        progressPending = true;
        reportIfDue();
    }

    /** Adds a point to the job's progress curve. */
    public synchronized void point(JobPoint point) {
        pendingPoints.add(point);
        reportIfDue();
    }

    /** Whether the user asked to stop the job (from any node); read from the job row at most every 250 ms. */
    public synchronized boolean cancelRequested() {
        long now = System.currentTimeMillis();
        if (!cancelRequested && now - lastCancelCheck >= REPORT_EVERY_MILLIS) {
            lastCancelCheck = now;
            cancelRequested = Boolean.TRUE.equals(ownTransaction.execute(status -> repository.cancelRequested(job.id())));
        }
        return cancelRequested;
    }

    /**
     * Says the handler ended early because the user asked, keeping what it had (a roster solve keeps its best roster):
     * the job then ends as cancelled, with its result.
     */
    public void stoppedOnRequest() {
        stoppedOnRequest = true;
    }

    boolean wasStoppedOnRequest() {
        return stoppedOnRequest;
    }

    /** Whether this node is shutting down, so the handler should keep what it has and let the job run again. */
    public boolean nodeStopping() {
        return nodeStopping.getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    private void reportIfDue() {
        if (System.currentTimeMillis() - lastReport >= REPORT_EVERY_MILLIS) {
            flush();
        }
    }

    /** Writes what is pending to the job row now. */
    synchronized void flush() {
        if (!pendingPoints.isEmpty() || progressPending) {
            List<JobPoint> points = List.copyOf(pendingPoints);
            boolean withProgress = progressPending;
            ownTransaction.executeWithoutResult(status -> {
                if (!points.isEmpty()) {
                    repository.addPoints(job.id(), points);
                }
                if (withProgress) {
                    repository.progress(job.id(), progress, message);
                }
            });
            pendingPoints.clear();
            progressPending = false;
        }
        lastReport = System.currentTimeMillis();
    }
}
