package dev.frontline.roster.engine;

import java.util.Arrays;
import java.util.List;

/**
 * One split of an interval's agents over their queues that reaches the least weighted squared shortfall
 * (Σ w<sub>q</sub> u<sub>q</sub>², w the queue's priority weight), for explanations:
 * "12 cross-skilled agents: 9 on voice, 3 on chat". The score needs only the shortfalls, which
 * {@link CoverageTally} finds exactly without a split; this class finds a split that gives them.
 * <p>
 * Agents are taken by skill group (the set of demanded queues they serve); group g has n<sub>g</sub> agents and
 * capacity c<sub>g</sub> (their capacities summed), so a unit of its time gives any of its queues p<sub>g</sub> =
 * c<sub>g</sub>/n<sub>g</sub>. Block coordinate descent: each group in turn, the others fixed, takes its exact best
 * split by water-filling (p<sub>g</sub> x<sub>gq</sub> = max(0, R<sub>q</sub> − λ/w<sub>q</sub>), R<sub>q</sub> the
 * shortfall the others leave, λ ≥ 0 so that the group's time is used up, or λ = 0 when it closes every gap: the
 * weighted shortfalls w<sub>q</sub> u<sub>q</sub> it leaves are level), until no group moves by a millionth of an
 * agent. The problem is convex, so this converges to the least weighted squared shortfall, which is unique in its
 * shortfalls. Time a group has left after closing its gaps goes to its first queue in priority
 * order, as over-coverage.
 */
final class SkillAllocation {

    private static final int MAX_ROUNDS = 10_000;
    private static final double TOLERANCE = 1e-6;

    /** A group at work in the interval: its queues (indices), agents and summed capacity (thousandths). */
    record Group(int[] queues, int agents, long capacityMilli) {
    }

    private SkillAllocation() {
    }

    /**
     * The time (agents) each group gives each of its queues; {@code requiredMilli[q]} is negative where queue q has no
     * requirement in the interval, {@code weight[q]} is the queue's priority weight.
     */
    static double[][] split(List<Group> groups, long[] requiredMilli, double[] weight) {
        double[] supply = new double[requiredMilli.length];
        double[][] time = new double[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            time[g] = new double[groups.get(g).queues().length];
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double moved = 0;
            for (int g = 0; g < groups.size(); g++) {
                moved = Math.max(moved, waterFill(groups.get(g), time[g], supply, requiredMilli, weight));
            }
            if (moved < TOLERANCE) {
                break;
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double left = group.agents();
            for (double x : time[g]) {
                left -= x;
            }
            for (int j = 0; j < group.queues().length && left > TOLERANCE; j++) {
                if (requiredMilli[group.queues()[j]] >= 0) {
                    time[g][j] += left;
                    left = 0;
                }
            }
        }
        return time;
    }

    /** The group's best split with the others fixed; returns how far its time moved (agents). */
    private static double waterFill(Group group, double[] time, double[] supply, long[] requiredMilli, double[] weight) {
        int[] qs = group.queues();
        double p = group.capacityMilli() / 1000.0 / group.agents();
        double[] gap = new double[qs.length];
        double need = 0;
        for (int j = 0; j < qs.length; j++) {
            int q = qs[j];
            if (requiredMilli[q] < 0) {
                continue;
            }
            supply[q] -= time[j] * p;
            gap[j] = requiredMilli[q] / 1000.0 - supply[q];
            need += Math.max(0, gap[j]) / p;
        }
        double lambda = need > group.agents() ? level(qs, gap, weight, group.agents() * p) : 0;
        double moved = 0;
        for (int j = 0; j < qs.length; j++) {
            int q = qs[j];
            if (requiredMilli[q] < 0) {
                continue;
            }
            double x = Math.max(0, gap[j] - lambda / weight[q]) / p;
            moved = Math.max(moved, Math.abs(x - time[j]));
            time[j] = x;
            supply[q] += x * p;
        }
        return moved;
    }

    /**
     * The level λ at which the group's supply runs out: Σ max(0, gap − λ/w) = supply. Each queue's gap is closed down to
     * λ/w, so the weighted shortfalls w × gap left are level at λ; queues join as λ falls below their w × gap.
     */
    private static double level(int[] qs, double[] gap, double[] weight, double supply) {
        Integer[] order = new Integer[qs.length];
        int n = 0;
        for (int j = 0; j < qs.length; j++) {
            if (gap[j] > 0) {
                order[n++] = j;
            }
        }
        Integer[] open = Arrays.copyOf(order, n);
        Arrays.sort(open, (a, b) -> Double.compare(gap[b] * weight[qs[b]], gap[a] * weight[qs[a]]));
        double gaps = 0;
        double inverseWeights = 0;
        for (int k = 0; k < n; k++) {
            int j = open[k];
            gaps += gap[j];
            inverseWeights += 1 / weight[qs[j]];
            double lambda = (gaps - supply) / inverseWeights;
            double next = k + 1 < n ? gap[open[k + 1]] * weight[qs[open[k + 1]]] : 0;
            if (lambda >= next) {
                return lambda;
            }
        }
        return 0;
    }
}
