package dev.frontline.staffing.engine;

import java.util.OptionalDouble;

/**
 * Erlang C (M/M/n, infinite patience). The waiting probability is computed from the Erlang B recursion
 * {@code B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1))} and {@code C = n·B / (n − A·(1 − B))}, which needs no
 * factorials or powers and stays accurate for thousands of agents.
 * <ul>
 *   <li>service level within T: {@code 1 − C·exp(−(n − A)·T / AHT)}</li>
 *   <li>ASA: {@code C·AHT / (n − A)}</li>
 *   <li>occupancy: {@code A / n}</li>
 * </ul>
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Erlang B blocking probability for {@code agents} servers and offered load {@code load}. */
    public static double erlangB(int agents, double load) {
        InputCheck.nonNegative("agents", agents);
        InputCheck.nonNegative("offered load", load);
        double b = 1;
        for (int k = 1; k <= agents; k++) {
            b = load * b / (k + load * b);
        }
        return b;
    }

    /** Erlang B for one more agent, from the value for the current count. */
    static double erlangBNext(double b, int nextAgents, double load) {
        return load * b / (nextAgents + load * b);
    }

    /** Probability that a contact waits (1 when the queue is unstable). */
    public static double probabilityOfWaiting(int agents, double load) {
        return waitingFromB(erlangB(agents, load), agents, load);
    }

    static double waitingFromB(double b, int agents, double load) {
        if (load == 0) {
            return 0;
        }
        if (agents <= load) {
            return 1;
        }
        return Math.min(1, agents * b / (agents - load * (1 - b)));
    }

    /** All Erlang C figures for {@code agents} agents serving {@code workload}. */
    public static QueueMetrics metrics(IntervalWorkload workload, int agents, double thresholdSeconds) {
        InputCheck.nonNegative("agents", agents);
        InputCheck.nonNegative("service level threshold (seconds)", thresholdSeconds);
        double load = workload.offeredLoad();
        return fromB(erlangB(agents, load), agents, load, workload.ahtSeconds(), thresholdSeconds);
    }

    static QueueMetrics fromB(double b, int agents, double load, double aht, double threshold) {
        if (load == 0) {
            return new QueueMetrics(agents, 0, true, 1, OptionalDouble.of(0), 0, 1, 0, 0);
        }
        if (agents <= load) {
            return new QueueMetrics(agents, load, false, 0, OptionalDouble.empty(), 1, 0, 1, 0);
        }
        double c = waitingFromB(b, agents, load);
        double sl = 1 - c * Math.exp(-(agents - load) * threshold / aht);
        double asa = c * aht / (agents - load);
        return new QueueMetrics(agents, load, true, Math.max(0, sl), OptionalDouble.of(asa), c, 1 - c, load / agents, 0);
    }
}
