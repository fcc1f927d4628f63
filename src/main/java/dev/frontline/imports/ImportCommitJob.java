package dev.frontline.imports;

import org.springframework.stereotype.Component;

import dev.frontline.jobs.JobExecution;
import dev.frontline.jobs.JobHandler;

/**
 * An import commit as a background job on whichever node picks it: reads the stored file and commits it all or
 * nothing, reporting progress and stopping when asked. Its result id is the upload, which holds the result.
 */
@Component
class ImportCommitJob implements JobHandler {

    private final ImportService imports;

    ImportCommitJob(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public String kind() {
        return ImportJobs.KIND;
    }

    @Override
    public Long run(JobExecution execution) {
        long upload = execution.subjectId();
        try {
            imports.commitUpload(upload, execution::progress, execution::cancelRequested);
            return upload;
        } catch (RuntimeException stoppedOrFailed) {
            // a commit that ended keeps no file (one that wrote rows dropped it with them); a node that stops leaves
            // the job, and the file, to the node that takes it up again
            if (!execution.nodeStopping()) {
                imports.dropUpload(upload);
            }
            throw stoppedOrFailed;
        }
    }
}
