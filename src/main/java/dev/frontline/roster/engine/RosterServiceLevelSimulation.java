package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import dev.frontline.staffing.simulation.CentreSimulator;
import dev.frontline.staffing.simulation.Estimate;
import dev.frontline.staffing.simulation.HandleTimeModel;
import dev.frontline.staffing.simulation.SimulatedAgent;
import dev.frontline.staffing.simulation.SimulatedQueue;
import dev.frontline.staffing.simulation.SimulationResult;
import dev.frontline.staffing.simulation.SimulationScenario;

/**
 * The service a solved roster really gives, measured by the staffing engine's discrete-event simulator rather than by
 * the solver's coverage count: every rostered agent works their shift minus the breaks {@link BreakPlanner} places
 * (the ones the score counted), serves every queue they are skilled for (at their proficiency, by queue priority when
 * several contacts wait), and the contacts behind the requirement arrive at random. The solver allocates an interval's
 * agents to their queues by required agents; the simulation lets each contact find a free agent, with random arrivals
 * and handle times, so the two can differ; this is the check.
 */
public final class RosterServiceLevelSimulation {

    private static final int PER_DAY = 24 * 60 / DemandIndex.INTERVAL_MINUTES;

    /** One queue's simulated service level over the checked days, with its 95 % confidence interval. */
    public record QueueService(String queueId, Estimate offered, Estimate serviceLevel, double goal,
            double thresholdSeconds) {

        /** Whether any contact arrived: a queue whose requirement is one agent through its hours may get none. */
        public boolean hadContacts() {
            return serviceLevel.samples() > 0;
        }

        public boolean meetsGoal() {
            return !hadContacts() || serviceLevel.mean() >= goal;
        }
    }

    private RosterServiceLevelSimulation() {
    }

    /** Simulates the first {@code days} days of a solved roster, {@code replications} times from {@code seed}. */
    public static List<QueueService> simulate(Roster solved, List<QueueTraffic> traffic, int days, int replications,
            long seed) {
        if (days < 1 || days > solved.getHorizonDays()) {
            throw new IllegalArgumentException("days " + days + " must be between 1 and the horizon's "
                    + solved.getHorizonDays());
        }
        int intervals = days * PER_DAY;
        List<SimulatedQueue> queues = new ArrayList<>();
        for (QueueTraffic t : traffic) {
            double[] arrivals = Arrays.copyOf(t.contacts(), intervals);
            double[] aht = new double[intervals];
            Arrays.fill(aht, t.ahtSeconds());
            queues.add(new SimulatedQueue(t.queue().id(), t.priority(), arrivals, aht, t.thresholdSeconds(),
                    OptionalDouble.empty()));
        }
        SimulationResult result = CentreSimulator.run(new SimulationScenario(intervals,
                DemandIndex.INTERVAL_MINUTES * 60.0, queues, agents(solved, intervals), HandleTimeModel.EXPONENTIAL,
                replications, seed));
        List<QueueService> services = new ArrayList<>();
        for (int q = 0; q < traffic.size(); q++) {
            QueueTraffic t = traffic.get(q);
            SimulationResult.QueueStats stats = result.queue(q, 0, intervals);
            services.add(new QueueService(t.queue().id(), stats.offered(), stats.serviceLevel(), t.serviceLevelGoal(),
                    t.thresholdSeconds()));
        }
        return services;
    }

    /** Each rostered agent with the 15-minute intervals they work, breaks and lunches taken out. */
    static List<SimulatedAgent> agents(Roster solved, int intervals) {
        Map<String, BitSet> working = new LinkedHashMap<>();
        for (AgentDay day : solved.getAgentDays()) {
            if (!day.isWorking() || day.getStartMinute() / DemandIndex.INTERVAL_MINUTES >= intervals) {
                continue;
            }
            BitSet bits = working.computeIfAbsent(day.getAgent().id(), id -> new BitSet(intervals));
            bits.set(day.getStartMinute() / DemandIndex.INTERVAL_MINUTES,
                    Math.min(intervals, day.getEndMinute() / DemandIndex.INTERVAL_MINUTES));
        }
        for (BreakPlanner.PlannedBreak pause : BreakPlanner.plan(solved)) {
            BitSet bits = working.get(pause.agentId());
            int from = pause.startMinute() / DemandIndex.INTERVAL_MINUTES;
            if (bits != null && from < intervals) {
                bits.clear(from, Math.min(intervals, (pause.startMinute() + pause.minutes()) / DemandIndex.INTERVAL_MINUTES));
            }
        }
        Map<String, Agent> byId = new HashMap<>();
        solved.getAgents().forEach(a -> byId.put(a.id(), a));
        List<SimulatedAgent> agents = new ArrayList<>();
        working.forEach((id, bits) -> {
            Map<String, Double> proficiency = new LinkedHashMap<>();
            byId.get(id).skills().forEach((queue, p) -> proficiency.put(queue.id(), p));
            if (!bits.isEmpty() && !proficiency.isEmpty()) {
                agents.add(new SimulatedAgent(id, proficiency, bits));
            }
        });
        return agents;
    }
}
