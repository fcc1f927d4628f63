package dev.frontline.roster.engine;

import java.util.List;

/**
 * One split of an interval's agents over their queues that reaches the least squared shortfall, for explanations:
 * "12 cross-skilled agents: 9 on voice, 3 on chat". The score needs only the shortfalls, which
 * {@link CoverageTally} finds exactly without a split; this class finds a split that gives them.
 * <p>
 * Agents are taken by skill group (the set of demanded queues they serve); group g has n<sub>g</sub> agents and
 * capacity c<sub>g</sub> (their capacities summed), so a unit of its time gives any of its queues p<sub>g</sub> =
 * c<sub>g</sub>/n<sub>g</sub>. Block coordinate descent: each group in turn, the others fixed, takes its exact best
 * split by water-filling (x<sub>gq</sub> = max(0, R<sub>q</sub>/p<sub>g</sub> − μ/p<sub>g</sub>²), R<sub>q</sub> the
 * shortfall the others leave, μ ≥ 0 so that the group's time is used up, or μ = 0 when it closes every gap), until no
 * group moves by a millionth of an agent. The problem is convex, so this converges to the least squared shortfall,
 * which is unique in its shortfalls. Time a group has left after closing its gaps goes to its first queue in priority
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
     * requirement in the interval.
     */
    static double[][] split(List<Group> groups, long[] requiredMilli) {
        double[] supply = new double[requiredMilli.length];
        double[][] time = new double[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            time[g] = new double[groups.get(g).queues().length];
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double moved = 0;
            for (int g = 0; g < groups.size(); g++) {
                moved = Math.max(moved, waterFill(groups.get(g), time[g], supply, requiredMilli));
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
    private static double waterFill(Group group, double[] time, double[] supply, long[] requiredMilli) {
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
        double mu = 0;
        if (need > group.agents()) {
            // with one proficiency for the group, the gaps above a common level μ/p are closed: solve for that level
            double[] sorted = java.util.Arrays.stream(gap).filter(g -> g > 0).sorted().toArray();
            double sum = 0;
            for (int m = sorted.length - 1; m >= 0; m--) {
                sum += sorted[m];
                int active = sorted.length - m;
                double level = (sum - group.agents() * p) / active;
                double below = m > 0 ? sorted[m - 1] : 0;
                if (level >= below) {
                    mu = level * p;
                    break;
                }
            }
        }
        double moved = 0;
        for (int j = 0; j < qs.length; j++) {
            int q = qs[j];
            if (requiredMilli[q] < 0) {
                continue;
            }
            double x = Math.max(0, gap[j] / p - mu / (p * p));
            moved = Math.max(moved, Math.abs(x - time[j]));
            time[j] = x;
            supply[q] += x * p;
        }
        return moved;
    }
}
