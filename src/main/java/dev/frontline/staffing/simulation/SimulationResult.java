package dev.frontline.staffing.simulation;

import java.util.List;

/**
 * Replication outcomes of a simulation, summarised on demand per queue and interval, per queue over a range of
 * intervals, or for the whole centre. Contacts are counted in the interval they arrive in. Proportions are
 * fractions; ASA is over answered contacts.
 *
 * <p>Queue occupancy is the time agents spent on the queue's contacts over the logged-in time of the agents
 * holding that skill: for dedicated agents it is their occupancy, for shared agents the share of their time the
 * queue took. Centre occupancy is all handling time over all logged-in time.
 */
public final class SimulationResult {

    /** Figures of one queue over some intervals, each a mean over replications with its confidence interval. */
    public record QueueStats(String queue, Estimate offered, Estimate serviceLevel, Estimate asaSeconds, Estimate abandonment,
                             Estimate occupancy) {
    }

    private final SimulationScenario scenario;
    private final List<Replication> replications;

    SimulationResult(SimulationScenario scenario, List<Replication> replications) {
        this.scenario = scenario;
        this.replications = List.copyOf(replications);
    }

    public SimulationScenario scenario() {
        return scenario;
    }

    public int queueIndex(String name) {
        for (int q = 0; q < scenario.queues().size(); q++) {
            if (scenario.queues().get(q).name().equals(name)) {
                return q;
            }
        }
        throw new IllegalArgumentException("queue: '" + name + "' is not in the simulation");
    }

    public QueueStats interval(int queue, int interval) {
        return queue(queue, interval, interval + 1);
    }

    /** One queue over intervals {@code [from, to)}. */
    public QueueStats queue(int queue, int from, int to) {
        if (from < 0 || to > scenario.intervals() || from >= to) {
            throw new IllegalArgumentException("intervals: [" + from + ", " + to + ") is not inside 0–" + scenario.intervals());
        }
        int r = replications.size();
        double[] offered = new double[r];
        double[] sl = new double[r];
        double[] asa = new double[r];
        double[] abandon = new double[r];
        double[] occupancy = new double[r];
        int slCount = 0;
        int asaCount = 0;
        int occupancyCount = 0;
        for (int k = 0; k < r; k++) {
            Replication rep = replications.get(k);
            double off = sum(rep.offered[queue], from, to);
            double ans = sum(rep.answered[queue], from, to);
            double loggedIn = sum(rep.skilledLoggedIn[queue], from, to);
            offered[k] = off;
            if (off > 0) {
                sl[slCount] = sum(rep.answeredWithin[queue], from, to) / off;
                abandon[slCount++] = sum(rep.abandoned[queue], from, to) / off;
            }
            if (ans > 0) {
                asa[asaCount++] = sum(rep.waitOfAnswered[queue], from, to) / ans;
            }
            if (loggedIn > 0) {
                occupancy[occupancyCount++] = Math.min(1, sum(rep.busyByQueue[queue], from, to) / loggedIn);
            }
        }
        return new QueueStats(scenario.queues().get(queue).name(), Estimate.of(offered, r), Estimate.of(sl, slCount),
                Estimate.of(asa, asaCount), Estimate.of(abandon, slCount), Estimate.of(occupancy, occupancyCount));
    }

    /** Whole-centre occupancy over intervals {@code [from, to)}. */
    public Estimate centreOccupancy(int from, int to) {
        double[] values = new double[replications.size()];
        int count = 0;
        for (Replication rep : replications) {
            double loggedIn = sum(rep.loggedInSeconds, from, to);
            if (loggedIn > 0) {
                values[count++] = Math.min(1, sum(rep.busySeconds, from, to) / loggedIn);
            }
        }
        return Estimate.of(values, count);
    }

    private static double sum(double[] values, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += values[i];
        }
        return s;
    }
}
