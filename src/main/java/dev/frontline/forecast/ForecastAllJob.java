package dev.frontline.forecast;

import org.springframework.stereotype.Component;

import dev.frontline.jobs.JobExecution;
import dev.frontline.jobs.JobHandler;

/** An all-queues forecast run as one background job. */
@Component
class ForecastAllJob implements JobHandler {

    private final ForecastAllService service;

    ForecastAllJob(ForecastAllService service) {
        this.service = service;
    }

    @Override
    public String kind() {
        return ForecastAllService.JOB_KIND;
    }

    @Override
    public Long run(JobExecution execution) {
        return service.runJob(execution.parameters(ForecastAllRequest.class), execution::progress, execution::cancelRequested);
    }
}
