package dev.frontline.staffing.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.frontline.shared.text.Phrase;

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
        return new StaffingInputException("service goal", Phrase.of("staffing.error.unreachable", goal.phrase(),
                workload.contacts(), workload.ahtSeconds()));
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

        Phrase formula = Phrase.of(queue.model() == StaffingModel.ERLANG_A ? "staffing.formula.erlang-a"
                : "staffing.formula.erlang-c");

        Phrase load = Phrase.of("staffing.why.voice", head(agents, label), queue.model().label(), workload.contacts(),
                period(workload.periodSeconds()), workload.ahtSeconds(), workload.offeredLoad());
        Phrase goal;
        if (agents == 0) {
            goal = Phrase.of("staffing.why.no-contacts");
        } else if (queue.model() == StaffingModel.ERLANG_A) {
            goal = Phrase.of("staffing.why.fewest.erlang-a", agents, queue.goal().phrase(), queue.patienceSeconds().getAsDouble(),
                    agents - 1, Phrase.of(ServiceGoal.bindingKey(binding)), metrics.serviceLevel() * 100,
                    metrics.asaSeconds().orElse(0), metrics.occupancy() * 100, metrics.abandonment() * 100);
        } else {
            goal = Phrase.of("staffing.why.fewest", agents, queue.goal().phrase(), agents - 1,
                    Phrase.of(ServiceGoal.bindingKey(binding)), metrics.serviceLevel() * 100,
                    metrics.asaSeconds().orElse(0), metrics.occupancy() * 100);
        }
        Phrase says = Phrase.of("staffing.why.join", load, goal);
        if (queue.shrinkage().total() > 0) {
            says = Phrase.of("staffing.why.join", says, Phrase.of("staffing.why.scheduled", scheduled.roundedToHalf(),
                    queue.shrinkage().total() * 100));
        }
        return new StaffingRequirement(label == null ? "" : label, agents, metrics, scheduled, binding,
                new Explanation(queue.model(), inputs, formula, says));
    }

    /** "12 agents at 09:00", or "12 agents" without a label. */
    static Phrase head(int agents, String label) {
        return label == null || label.isBlank() ? Phrase.of("staffing.why.head", agents)
                : Phrase.of("staffing.why.head.at", agents, label);
    }

    static Phrase period(double seconds) {
        return seconds % 60 == 0 ? Phrase.of("staffing.period.minutes", seconds / 60)
                : Phrase.of("staffing.period.seconds", seconds);
    }
}
