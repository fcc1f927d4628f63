package dev.frontline.forecast;

import org.springframework.stereotype.Component;

import dev.frontline.jobs.JobExecution;
import dev.frontline.jobs.JobHandler;

/** A forecast run as a background job: the engine's progress goes to the job row, a stop from any node reaches it. */
@Component
class ForecastRunJob implements JobHandler {

    private final ForecastRunService runs;

    ForecastRunJob(ForecastRunService runs) {
        this.runs = runs;
    }

    @Override
    public String kind() {
        return ForecastRunService.JOB_KIND;
    }

    @Override
    public Long run(JobExecution execution) {
        return runs.runJob(execution.parameters(ForecastRunRequest.class), execution::progress,
                execution::cancelRequested);
    }
}
