package dev.frontline.staffing;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.frontline.jobs.JobConflictException;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobState;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhrasedStateException;

/**
 * Requirement computations as durable background jobs ({@link JobService}): any node may run one
 * ({@link RequirementComputeJob}), progress and a stop reach it there, and the version it saves is the job's result.
 * One computation per forecast version at a time, across nodes. Planners only, checked when the job is asked for.
 */
@Service
public class RequirementJobs {

    static final String KIND = "REQUIREMENT_COMPUTE";

    private final RequirementService service;
    private final JobService jobs;

    RequirementJobs(RequirementService service, JobService jobs) {
        this.service = service;
        this.jobs = jobs;
    }

    /** Queues a computation; a forecast version that does not exist is refused here, before anything is queued. */
    @PreAuthorize("hasRole('PLANNER')")
    public JobRecord compute(RequirementRequest request) {
        service.forecastVersion(request.forecastVersionId());
        try {
            return jobs.submit(KIND, request.forecastVersionId(), request);
        } catch (JobConflictException alreadyRunning) {
            throw new PhrasedStateException(Phrase.of("staffing.refused.already-computing",
                    String.valueOf(request.forecastVersionId())));
        }
    }

    /** Queues a computation of the version again, with today's goal and shrinkage. */
    @PreAuthorize("hasRole('PLANNER')")
    public JobRecord recompute(long requirementVersionId) {
        return compute(service.recomputeRequest(requirementVersionId));
    }

    /** A requirement computation by its job id; empty for an unknown id or another kind of job. */
    @PreAuthorize("hasRole('PLANNER')")
    public Optional<JobRecord> job(long jobId) {
        return jobs.find(jobId).filter(job -> KIND.equals(job.kind()));
    }

    /** The newest computation of the forecast version's requirements, running or ended. */
    @PreAuthorize("hasRole('PLANNER')")
    public Optional<JobRecord> latest(long forecastVersionId) {
        return jobs.latest(KIND, forecastVersionId);
    }

    /** The version a finished computation saved; empty while it runs and when it was stopped or failed. */
    @PreAuthorize("hasRole('PLANNER')")
    public Optional<RequirementVersionSummary> result(JobRecord job) {
        if (!KIND.equals(job.kind())) {
            throw new IllegalArgumentException("job #" + job.id() + " is not a requirement computation");
        }
        return job.state() == JobState.DONE ? Optional.of(service.version(job.resultId())) : Optional.empty();
    }
}
