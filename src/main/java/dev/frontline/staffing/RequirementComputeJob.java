package dev.frontline.staffing;

import org.springframework.stereotype.Component;

import dev.frontline.jobs.JobExecution;
import dev.frontline.jobs.JobHandler;

/**
 * A requirement computation as a background job on whichever node picks it, signed in as the planner who asked: the
 * calculation's progress goes to the job row, a stop from any node reaches it, and the saved version is its result.
 * A stopped or failed computation saves nothing.
 */
@Component
class RequirementComputeJob implements JobHandler {

    private final RequirementService service;

    RequirementComputeJob(RequirementService service) {
        this.service = service;
    }

    @Override
    public String kind() {
        return RequirementJobs.KIND;
    }

    @Override
    public Long run(JobExecution execution) {
        RequirementRequest request = execution.parameters(RequirementRequest.class);
        return service.compute(request, execution::progress, execution::cancelRequested).id();
    }
}
