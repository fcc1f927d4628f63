package dev.frontline.staffing.simulation;

import dev.frontline.staffing.engine.InputCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one simulation needs: interval grid, queues, agents, handle-time model, replications and the seed
 * (the same scenario and seed always give the same result).
 */
public record SimulationScenario(int intervals, double intervalSeconds, List<SimulatedQueue> queues,
                                 List<SimulatedAgent> agents, HandleTimeModel handleTime, int replications, long seed) {

    public SimulationScenario {
        if (intervals < 1) {
            throw new IllegalArgumentException("intervals: '" + intervals + "' must be at least 1");
        }
        InputCheck.positive("interval (seconds)", intervalSeconds);
        if (queues == null || queues.isEmpty()) {
            throw new IllegalArgumentException("queues: at least one queue is needed");
        }
        if (replications < 2) {
            throw new IllegalArgumentException("replications: '" + replications + "' must be at least 2 for a confidence interval");
        }
        handleTime = handleTime == null ? HandleTimeModel.EXPONENTIAL : handleTime;
        Set<String> names = new HashSet<>();
        for (SimulatedQueue q : queues) {
            if (!names.add(q.name())) {
                throw new IllegalArgumentException("queues: '" + q.name() + "' appears twice");
            }
            if (q.arrivals().length != intervals) {
                throw new IllegalArgumentException("queue " + q.name() + ": " + q.arrivals().length + " intervals of demand, expected "
                        + intervals);
            }
        }
        for (SimulatedAgent a : agents) {
            for (String skill : a.proficiency().keySet()) {
                if (!names.contains(skill)) {
                    throw new IllegalArgumentException("agent " + a.id() + ": skill '" + skill + "' is not a simulated queue");
                }
            }
        }
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
    }
}
