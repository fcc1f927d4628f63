package dev.frontline.quality.planactual.engine;

import dev.frontline.staffing.engine.ErlangA;
import dev.frontline.staffing.engine.ErlangC;
import dev.frontline.staffing.engine.IntervalWorkload;

/**
 * The service level a real-time queue gives in one interval for a volume, an AHT and a number of agents, from the
 * staffing engine: Erlang C, Erlang A when callers' patience is known, and for chat Erlang C on chat slots (each
 * agent is {@code concurrency} slots, as the requirement sized it). Agents are averages (e.g. 12.4 staffed), so the
 * service level is interpolated linearly between the whole numbers of slots either side.
 *
 * @param periodSeconds    length of the interval
 * @param thresholdSeconds the "Y" of "X % in Y seconds"
 * @param concurrency      contacts an agent handles at once (1 for voice and video)
 * @param patienceSeconds  callers' mean patience for Erlang A, or {@code NaN} for Erlang C
 */
public record ServiceCurve(double periodSeconds, double thresholdSeconds, int concurrency, double patienceSeconds) {

    public ServiceCurve {
        if (!(periodSeconds > 0) || !(thresholdSeconds >= 0) || concurrency < 1) {
            throw new IllegalArgumentException("service curve: period " + periodSeconds + " s, threshold " + thresholdSeconds
                    + " s and concurrency " + concurrency + " must be positive");
        }
    }

    public static ServiceCurve erlangC(double periodSeconds, double thresholdSeconds) {
        return new ServiceCurve(periodSeconds, thresholdSeconds, 1, Double.NaN);
    }

    /** Fraction of offered contacts answered within the threshold (1 when nothing is offered). */
    public double serviceLevel(double contacts, double ahtSeconds, double agents) {
        if (contacts <= 0) {
            return 1;
        }
        double slots = Math.max(0, agents) * concurrency;
        int below = (int) Math.floor(slots);
        double share = slots - below;
        double low = atSlots(contacts, ahtSeconds, below);
        return share < 1e-9 ? low : low + share * (atSlots(contacts, ahtSeconds, below + 1) - low);
    }

    /** Average speed of answer in seconds (infinite when the agents cannot keep up under Erlang C). */
    public double asaSeconds(double contacts, double ahtSeconds, double agents) {
        if (contacts <= 0) {
            return 0;
        }
        int slots = (int) Math.round(Math.max(0, agents) * concurrency);
        var metrics = metrics(contacts, ahtSeconds, slots);
        return metrics.asaSeconds().orElse(Double.POSITIVE_INFINITY);
    }

    private double atSlots(double contacts, double ahtSeconds, int slots) {
        return metrics(contacts, ahtSeconds, slots).serviceLevel();
    }

    private dev.frontline.staffing.engine.QueueMetrics metrics(double contacts, double ahtSeconds, int slots) {
        IntervalWorkload workload = new IntervalWorkload(contacts, periodSeconds, Math.max(1, ahtSeconds));
        return Double.isNaN(patienceSeconds)
                ? ErlangC.metrics(workload, slots, thresholdSeconds)
                : ErlangA.metrics(workload, slots, thresholdSeconds, patienceSeconds);
    }
}
