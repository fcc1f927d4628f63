package dev.frontline.staffing.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fewest agents that meet a voice queue's service level, ASA and occupancy goals together.
 *
 * <p>Erlang C searches upwards from the lower bound {@code max(⌊A⌋ + 1, ⌈A / maxOccupancy⌉)} (or from a hint,
 * e.g. the previous interval's answer, stepping down while the goal still holds), carrying the Erlang B
 * recursion from one agent count to the next so each step costs O(1). Erlang A walks a few agents from the hint
 * when there is one, and otherwise bisects between 0 and the Erlang C answer (every figure is monotone in the
 * number of agents), stepping up if that is not yet enough.
 */
public final class VoiceRequirementCalculator {

    private VoiceRequirementCalculator() {
    }

    public static StaffingRequirement require(VoiceQueue queue, IntervalWorkload workload, String label) {
        int agents = requiredAgents(queue, workload, -1);
        return explain(queue, workload, label, agents);
    }

    /** Only the number, for batch use; {@code hint} (or −1) is a likely answer to start from. */
    public static int requiredAgents(VoiceQueue queue, IntervalWorkload workload, int hint) {
        if (workload.contacts() == 0) {
            return 0;
        }
        if (queue.model() == StaffingModel.ERLANG_C) {
            return erlangCAgents(queue.goal(), workload, hint);
        }
        if (hint > 0) {
            int near = erlangAAgentsNear(queue, workload, hint);
            if (near >= 0) {
                return near;
            }
        }
        return erlangAAgents(queue, workload, erlangCAgents(queue.goal(), workload, -1));
    }

    private static int searchLimit(double load) {
        return (int) Math.min(Integer.MAX_VALUE - 1, Math.ceil(load + 40 * Math.sqrt(load) + 200));
    }

    static int erlangCAgents(ServiceGoal goal, IntervalWorkload workload, int hint) {
        double load = workload.offeredLoad();
        double aht = workload.ahtSeconds();
        double t = goal.thresholdSeconds();
        int lowerBound = (int) Math.max(Math.floor(load) + 1, Math.ceil(load / goal.maxOccupancy() - 1e-9));
        int n = hint >= lowerBound && hint <= lowerBound + 64 ? hint : lowerBound;
        double b = ErlangC.erlangB(n, load);
        if (goal.isMetBy(ErlangC.fromB(b, n, load, aht, t))) {
            while (n - 1 >= lowerBound) {
                // Inverse of the Erlang B recursion: B(n−1) = n·B(n) / (A·(1 − B(n))).
                double previous = n * b / (load * (1 - b));
                if (!goal.isMetBy(ErlangC.fromB(previous, n - 1, load, aht, t))) {
                    break;
                }
                n--;
                b = previous;
            }
            return n;
        }
        int limit = searchLimit(load);
        while (n < limit) {
            n++;
            b = ErlangC.erlangBNext(b, n, load);
            if (goal.isMetBy(ErlangC.fromB(b, n, load, aht, t))) {
                return n;
            }
        }
        throw unreachable(goal, workload);
    }

    /** Walks at most a few agents from the hint; −1 when the answer is further away than that. */
    private static int erlangAAgentsNear(VoiceQueue queue, IntervalWorkload workload, int hint) {
        int maxSteps = 4;
        int n = hint;
        if (queue.goal().isMetBy(queue.metrics(workload, n))) {
            for (int step = 0; step < maxSteps; step++) {
                if (n == 0 || !queue.goal().isMetBy(queue.metrics(workload, n - 1))) {
                    return n;
                }
                n--;
            }
            return -1;
        }
        for (int step = 0; step < maxSteps; step++) {
            n++;
            if (queue.goal().isMetBy(queue.metrics(workload, n))) {
                return n;
            }
        }
        return -1;
    }

    private static int erlangAAgents(VoiceQueue queue, IntervalWorkload workload, int erlangC) {
        int hi = erlangC;
        int limit = searchLimit(workload.offeredLoad());
        while (!queue.goal().isMetBy(queue.metrics(workload, hi))) {
            if (hi >= limit) {
                throw unreachable(queue.goal(), workload);
            }
            hi = Math.min(limit, hi + Math.max(1, hi / 8));
        }
        int lo = 0;
        if (queue.goal().isMetBy(queue.metrics(workload, lo))) {
            return lo;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (queue.goal().isMetBy(queue.metrics(workload, mid))) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static IllegalArgumentException unreachable(ServiceGoal goal, IntervalWorkload workload) {
        return new IllegalArgumentException("service goal: " + goal.describe() + " cannot be reached for "
                + ServiceGoal.num(workload.contacts()) + " contacts with AHT " + ServiceGoal.num(workload.ahtSeconds())
                + " s; lower the service level target or raise the threshold");
    }

    /** The full result with metrics and explanation for a known answer. */
    public static StaffingRequirement explain(VoiceQueue queue, IntervalWorkload workload, String label, int agents) {
        QueueMetrics metrics = queue.metrics(workload, agents);
        String binding = agents == 0 ? "none"
                : queue.goal().firstUnmet(queue.metrics(workload, agents - 1)).orElse("none");
        Shrinkage.ScheduledStaff scheduled = queue.shrinkage().schedule(agents);

        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("contacts", workload.contacts());
        inputs.put("periodSeconds", workload.periodSeconds());
        inputs.put("ahtSeconds", workload.ahtSeconds());
        inputs.put("offeredLoadErlangs", workload.offeredLoad());
        inputs.put("serviceLevelTarget", queue.goal().serviceLevel());
        inputs.put("thresholdSeconds", queue.goal().thresholdSeconds());
        inputs.put("maxOccupancy", queue.goal().maxOccupancy());
        queue.goal().maxAsaSeconds().ifPresent(v -> inputs.put("maxAsaSeconds", v));
        queue.patienceSeconds().ifPresent(v -> inputs.put("patienceSeconds", v));
        inputs.put("shrinkage", queue.shrinkage().total());

        String formula = queue.model() == StaffingModel.ERLANG_A
                ? "A = contacts × AHT / period; birth–death chain of M/M/n+M with μ = 1/AHT and θ = 1/patience; "
                + "SL = P(answered within T), ASA over answered contacts, abandon = θ·E[queue]/λ; "
                + "occupancy = A·(1 − abandon)/n; n = fewest agents meeting every goal; scheduled = n / (1 − shrinkage)"
                : "A = contacts × AHT / period; C = Erlang C(n, A) via the Erlang B recursion; "
                + "SL = 1 − C·exp(−(n − A)·T/AHT); ASA = C·AHT/(n − A); occupancy = A/n; "
                + "n = fewest agents meeting every goal; scheduled = n / (1 − shrinkage)";

        StringBuilder s = new StringBuilder();
        s.append(agents).append(agents == 1 ? " agent" : " agents");
        if (label != null && !label.isBlank()) {
            s.append(" at ").append(label);
        }
        s.append(String.format(Locale.ROOT, ": %s, %s calls/%s, AHT %s s → %.1f Erlangs; ", queue.model().label(),
                ServiceGoal.num(workload.contacts()), period(workload.periodSeconds()), ServiceGoal.num(workload.ahtSeconds()),
                workload.offeredLoad()));
        if (agents == 0) {
            s.append("no contacts offered, so no agents are needed");
        } else {
            s.append(agents).append(" is the fewest with ").append(queue.goal().describe());
            if (queue.model() == StaffingModel.ERLANG_A) {
                s.append(" for callers of mean patience ").append(ServiceGoal.num(queue.patienceSeconds().getAsDouble())).append(" s");
            }
            s.append(String.format(Locale.ROOT, " (%d would %s); it gives SL %.1f %%, ASA %.1f s, occupancy %.1f %%",
                    agents - 1, missing(binding), metrics.serviceLevel() * 100, metrics.asaSeconds().orElse(0),
                    metrics.occupancy() * 100));
            if (queue.model() == StaffingModel.ERLANG_A) {
                s.append(String.format(Locale.ROOT, ", abandon %.1f %%", metrics.abandonment() * 100));
            }
        }
        if (queue.shrinkage().total() > 0) {
            s.append(String.format(Locale.ROOT, "; %s scheduled after %s %% shrinkage", ServiceGoal.num(scheduled.roundedToHalf()),
                    ServiceGoal.pct(queue.shrinkage().total())));
        }
        return new StaffingRequirement(label == null ? "" : label, agents, metrics, scheduled, binding,
                new Explanation(queue.model(), inputs, formula, s.toString()));
    }

    /** "miss occupancy", or "leave the queue unstable" when one agent fewer cannot keep up at all. */
    static String missing(String binding) {
        return ServiceGoal.UNSTABLE.equals(binding) ? "leave the queue unstable" : "miss " + binding;
    }

    static String period(double seconds) {
        return seconds % 60 == 0 ? ServiceGoal.num(seconds / 60) + " min" : ServiceGoal.num(seconds) + " s";
    }
}
