package dev.frontline.roster.service;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import dev.frontline.jobs.JobExecution;
import dev.frontline.jobs.JobHandler;
import dev.frontline.jobs.JobPoint;
import dev.frontline.shared.text.Phrase;

/**
 * The cheapest-week what-if as a background job on whichever node picks it: one week at a time, each week's cost a
 * point of the job's curve (so any node reads the figures from the job row, and a stopped search keeps the weeks it
 * measured), progress after each, a stop checked between weeks.
 */
@Component
class CheapestWeekJob implements JobHandler {

    private final CheapestWeek whatIf;

    CheapestWeekJob(CheapestWeek whatIf) {
        this.whatIf = whatIf;
    }

    @Override
    public String kind() {
        return CheapestWeek.KIND;
    }

    @Override
    public Long run(JobExecution execution) {
        CheapestWeekRequest request = execution.parameters(CheapestWeekRequest.class);
        int sessions = whatIf.sessions(request.courseCode());
        long started = System.currentTimeMillis();
        for (int w = 0; w < request.weeks(); w++) {
            if (execution.cancelRequested()) {
                execution.stoppedOnRequest();
                return null;
            }
            if (execution.nodeStopping()) {
                throw new JobExecution.NodeStoppingException("node stopping during the cheapest-week search");
            }
            LocalDate monday = request.firstWeek().plusWeeks(w);
            execution.progress((double) w / request.weeks(), Phrase.of("roster.cheapest-week.progress", monday, w + 1,
                    request.weeks()));
            WeekCost cost = whatIf.cost(request, sessions, monday);
            execution.point(new JobPoint(System.currentTimeMillis() - started, cost.toPoint()));
        }
        execution.progress(1, Phrase.of("roster.cheapest-week.done", request.weeks()));
        return null;
    }
}
