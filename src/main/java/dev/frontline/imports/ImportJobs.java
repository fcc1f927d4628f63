package dev.frontline.imports;

import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobWatcher;

/**
 * Import commits as durable background jobs ({@link JobService}): the file goes into the database first, so any node
 * may run the commit ({@link ImportCommitJob}); progress, stop and the outcome come from the job row. Planners,
 * checked when the commit is asked for; HR may commit the agents' daily KPIs ({@link ImportRoles}).
 */
@Service
public class ImportJobs {

    static final String KIND = "IMPORT_COMMIT";

    /** A commit job's parameters: everything it needs is in its upload row, the job's subject. */
    record Parameters() {
    }

    private final ImportService imports;
    private final JobService jobs;
    private final JobWatcher watcher;

    ImportJobs(ImportService imports, JobService jobs, JobWatcher watcher) {
        this.imports = imports;
        this.jobs = jobs;
        this.watcher = watcher;
    }

    /** Stores the file and queues its commit; the job's result id is the upload, whose result {@link #result} reads. */
    @PreAuthorize("@importRoles.mayImport(#kind)")
    public JobRecord commit(ImportKind kind, String fileName, InputStream file, HistoryOptions options) {
        return commit(kind, fileName, file, ImportCharset.UTF_8, options);
    }

    /**
     * As {@link #commit(ImportKind, String, InputStream, HistoryOptions)} for a file in {@code charset}; a file that
     * cannot even be taken in is refused at once ({@link ImportFileRefusedException}, {@link ImportTooLargeException}).
     */
    @PreAuthorize("@importRoles.mayImport(#kind)")
    public JobRecord commit(ImportKind kind, String fileName, InputStream file, ImportCharset charset,
                            HistoryOptions options) {
        long upload = imports.upload(kind, fileName, file, charset, options);
        return jobs.submit(KIND, upload, new Parameters());
    }

    /** What an ended commit job found or wrote; empty while it runs, and when it was stopped or failed. */
    @PreAuthorize("@importRoles.mayImportAny()")
    public Optional<ImportResult> result(JobRecord job) {
        if (!KIND.equals(job.kind())) {
            throw new IllegalArgumentException("job #" + job.id() + " is not an import commit");
        }
        return imports.uploadResult(job.subjectId());
    }

    /** The signed-in planner's commit still queued or running, if any: a page they come back to follows it again. */
    @PreAuthorize("@importRoles.mayImportAny()")
    public Optional<JobRecord> running() {
        return jobs.mineActive(KIND);
    }

    @PreAuthorize("@importRoles.mayImportAny()")
    public Optional<JobRecord> job(long jobId) {
        return jobs.find(jobId).filter(job -> KIND.equals(job.kind()));
    }

    /**
     * The job once it has ended, or as it stands after {@code wait}: for callers without push, such as the REST API,
     * that answer at once when a commit is quick.
     */
    @PreAuthorize("@importRoles.mayImportAny()")
    public JobRecord awaitEnd(long jobId, Duration wait) throws InterruptedException {
        CompletableFuture<JobRecord> ended = new CompletableFuture<>();
        Consumer<JobRecord> listener = job -> {
            if (!job.active()) {
                ended.complete(job);
            }
        };
        watcher.watch(jobId, listener);
        try {
            return ended.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            return jobs.find(jobId).orElseThrow();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible.getCause());
        } finally {
            watcher.unwatch(jobId, listener);
        }
    }
}
