package dev.frontline.roster.engine;

import java.util.Arrays;

/**
 * Who is at work in every interval and what that gives the queues once their time is allocated so that the weighted
 * squared shortfall is least: the state behind the coverage penalties. Adding or removing an agent-day marks only its
 * intervals; {@link #flush()} re-allocates those intervals alone and updates the totals, so a move costs the intervals
 * it touches, not the horizon.
 * <p>
 * <b>Allocation.</b> An agent at work gives its capacity c (its mean proficiency over its demanded queues) to any of
 * its queues, split as needed. Per interval, the shortfalls u<sub>q</sub> = max(0, r<sub>q</sub> − s<sub>q</sub>)
 * minimise Σ w<sub>q</sub> u<sub>q</sub>² over every split of the agents' time, w<sub>q</sub> the queue's priority
 * weight ({@link Queue#weight()}). For a set S of queues, the agents serving any queue
 * of S can give it at most cap(S) = Σ c over those agents, so S is short by at least d(S) = r(S) − cap(S), and (Hall's
 * theorem for this transportation problem) the shortfalls reachable are exactly the u ≥ 0 with u(S) ≥ d(S) for every
 * S. d is supermodular (cap counts the agents touching S), so the least Σ w u² is found level by level (the
 * decomposition of Fujishige's lexicographically optimal base): with ω<sub>q</sub> = 1/w<sub>q</sub>, the set S
 * maximising d(S)/ω(S) (the largest such set on a tie) is short by ω<sub>q</sub> d(S)/ω(S) on each queue q of it, so
 * that w<sub>q</sub> u<sub>q</sub> is level across S and the set costs d(S)²/ω(S); it is then fixed, the remaining sets T are
 * measured by d(T ∪ fixed) − d(fixed), and so on until no set is short. With equal weights this is the plain average
 * d(S)/|S|. Exact, in integer thousandths (ω in 2 520ths, which every weight 1/6 … 10/6 divides), and a function
 * of the interval's counts alone, so the incremental score equals one counted from scratch.
 * <p>
 * cap(S) is kept per interval for every subset of the demanded queues (2<sup>Q</sup>); an agent arriving adds its
 * capacity to the subsets meeting its skills. Over-coverage is the capacity left idle: cap of all demanded queues minus
 * the requirement met.
 * <p>
 * With more than {@value #MAX_QUEUES} queues the subsets would not fit; the tally then falls back to the fixed share
 * rule (an agent with k queues gives each its capacity / k), which needs the singletons only; each queue's shortfall
 * then costs its weight times its square.
 */
final class CoverageTally {

    /** Subsets of up to this many demanded queues are kept per interval (1 024 numbers each). */
    static final int MAX_QUEUES = 10;
    /** ω of a queue is this over its weight numerator (1 … 10): an integer for every priority. */
    private static final long OMEGA_SCALE = 2_520;
    /** ω of a default-priority queue, in 2 520ths: a set of k such queues has ω = k × this. */
    private static final long DEFAULT_OMEGA = OMEGA_SCALE / Queue.DEFAULT_WEIGHT_NUMERATOR;

    private final DemandIndex index;
    private final int intervals;
    private final int queueCount;
    private final int subsets;
    /** Fixed shares instead of allocation (too many queues for the subsets): {@code cap[t * subsets + q]} per queue. */
    private final boolean shares;
    /** Capacity (thousandths) of the agents at work serving at least one queue of subset S: {@code cap[t * subsets + S]}. */
    private final long[] cap;
    private final int[][] meeting;
    private final long[] required;
    /** Requirement r(S) of every subset of queues per interval: {@code requiredSets[t * subsets + S]}. */
    private final long[] requiredSets;
    private final int[] demanded;
    /** ω (1 / weight, in 2 520ths) of every queue, and summed over every subset of queues: {@code omegaSets[S]}. */
    private final long[] omega;
    private final long[] omegaSets;
    /** Queues with a requirement above zero per interval: only these can be short, so only their subsets are scanned. */
    private final int[] wanted;
    private final long[] met;
    private final long[] under;
    private final long[] over;
    private final long[] idle;
    private final int[] shortQueues;
    private final long[] unmet;
    /**
     * An upper bound of max<sub>S</sub> d(S) per interval: exact after a full re-allocation, raised by every capacity
     * taken away since (adding capacity only lowers d). While it is at most 0 no set is short, so the interval needs no
     * re-allocation, only its idle capacity counted again: the common case of a shift added where coverage is met.
     */
    private final long[] deficiencyBound;
    private final boolean[] dirty;
    private int[] dirtyList;
    private int dirtyCount;
    private long underPenalty;
    private long overPenalty;
    private int shortIntervals;
    private long unmetMilli;
    /** Scratch: one interval's shortfall per queue. */
    private final long[] shortfall;

    CoverageTally(DemandIndex index) {
        this.index = index;
        this.intervals = index.horizonIntervals();
        this.queueCount = index.queues().size();
        this.shares = queueCount > MAX_QUEUES;
        this.subsets = shares ? queueCount : 1 << queueCount;
        this.cap = new long[intervals * subsets];
        this.meeting = new int[subsets][];
        this.required = new long[intervals * queueCount];
        this.omega = new long[queueCount];
        for (int q = 0; q < queueCount; q++) {
            omega[q] = OMEGA_SCALE / index.queues().get(q).weightNumerator();
        }
        this.omegaSets = new long[shares ? 0 : subsets];
        for (int set = 1; set < omegaSets.length; set++) {
            omegaSets[set] = omega[Integer.numberOfTrailingZeros(set)] + omegaSets[set & (set - 1)];
        }
        this.demanded = new int[intervals];
        this.wanted = new int[intervals];
        for (int t = 0; t < intervals; t++) {
            for (int q = 0; q < queueCount; q++) {
                IntervalDemand demand = index.demandAt(t, q);
                if (demand != null) {
                    required[t * queueCount + q] = demand.requiredMilli();
                    demanded[t] |= shares ? 0 : 1 << q;
                    wanted[t] |= shares || demand.requiredMilli() == 0 ? 0 : 1 << q;
                }
            }
        }
        this.requiredSets = new long[shares ? 0 : intervals * subsets];
        for (int t = 0; t < intervals && !shares; t++) {
            for (int set = 1; set < subsets; set++) {
                int lowest = Integer.numberOfTrailingZeros(set);
                requiredSets[t * subsets + set] = required[t * queueCount + lowest] + requiredSets[t * subsets + (set & (set - 1))];
            }
        }
        this.met = new long[index.demands().length];
        this.under = new long[intervals];
        this.over = new long[intervals];
        this.idle = new long[intervals];
        this.shortQueues = new int[intervals];
        this.unmet = new long[intervals];
        this.deficiencyBound = new long[intervals];
        // unknown until the first full re-allocation (far from overflowing however much capacity is taken away)
        Arrays.fill(deficiencyBound, Long.MAX_VALUE / 2);
        this.dirty = new boolean[intervals];
        this.dirtyList = new int[64];
        this.shortfall = new long[queueCount];
        for (int t = 0; t < intervals; t++) {
            recompute(t);
        }
    }

    /**
     * A tally of the whole roster from scratch; {@code afterBreaks} false counts whole shifts. Training sessions are
     * off the phones either way: they are taken off the presence they fall in.
     */
    static CoverageTally of(Roster roster, boolean afterBreaks) {
        CoverageTally tally = new CoverageTally(roster.getDemandIndex());
        for (AgentDay agentDay : roster.getAgentDays()) {
            if (agentDay.isWorking()) {
                tally.add(agentDay.getAgent(), onPhones(roster, agentDay, afterBreaks), 1);
            }
        }
        for (TrainingSession session : roster.getTrainingSessions()) {
            if (!session.isPlaced()) {
                continue;
            }
            for (Agent person : session.getPeople()) {
                AgentDay agentDay = roster.agentDay(person.id(), session.getDay());
                if (agentDay != null && agentDay.isWorking()) {
                    tally.add(person, OffPhone.within(session, onPhones(roster, agentDay, afterBreaks)), -1);
                }
            }
        }
        tally.flush();
        return tally;
    }

    private static int[] onPhones(Roster roster, AgentDay agentDay, boolean afterBreaks) {
        return afterBreaks ? agentDay.getPresence()
                : roster.getDemandIndex().shiftIntervals(agentDay.getDay(), agentDay.getShift());
    }

    /** Counts (sign 1) or uncounts (sign −1) an agent at work in the given intervals. */
    void add(Agent agent, int[] at, int sign) {
        DemandIndex.AgentSkills skills = index.skillsOf(agent);
        if (skills.group() == null) {
            return;
        }
        int[] sets = shares ? skills.group().queues() : meeting(skills.mask());
        long capacity = (long) sign * (shares ? skills.capacityMilli() / sets.length : skills.capacityMilli());
        for (int t : at) {
            int base = t * subsets;
            for (int set : sets) {
                cap[base + set] += capacity;
            }
            if (capacity < 0) {
                deficiencyBound[t] -= capacity;
            }
            if (!dirty[t]) {
                dirty[t] = true;
                if (dirtyCount == dirtyList.length) {
                    dirtyList = Arrays.copyOf(dirtyList, dirtyCount * 2);
                }
                dirtyList[dirtyCount++] = t;
            }
        }
    }

    /** Re-allocates every interval changed since the last flush. */
    void flush() {
        for (int i = 0; i < dirtyCount; i++) {
            int t = dirtyList[i];
            dirty[t] = false;
            recompute(t);
        }
        dirtyCount = 0;
    }

    long underPenalty() {
        return underPenalty;
    }

    long overPenalty() {
        return overPenalty;
    }

    int shortIntervals() {
        return shortIntervals;
    }

    long unmetMilli() {
        return unmetMilli;
    }

    /** Thousandths of an agent of the demand's requirement that are met (as of the last flush). */
    long met(IntervalDemand demand) {
        return met[demand.index()];
    }

    /** Capacity left idle in interval t beyond every requirement met (thousandths of an agent). */
    long idleMilli(int t) {
        return idle[t];
    }

    /** The fixed share rule: each queue is short by its requirement less the shares given to it. */
    private void recomputeShares(int t, int base, int rowBase) {
        idle[t] = 0;
        for (int q = 0; q < queueCount; q++) {
            IntervalDemand demand = index.demandAt(t, q);
            if (demand == null) {
                continue;
            }
            long gap = required[rowBase + q] - cap[base + q];
            met[demand.index()] = required[rowBase + q] - Math.max(0, gap);
            if (gap > 0) {
                under[t] += RosterConstraintProvider.underCoveragePenalty(gap, demand.queue());
                shortQueues[t]++;
                unmet[t] += gap;
            } else {
                idle[t] -= gap;
            }
        }
        over[t] = idle[t] * RosterConstraintProvider.OVER_COVERAGE_PER_AGENT / 1000;
        underPenalty += under[t];
        overPenalty += over[t];
        shortIntervals += shortQueues[t];
        unmetMilli += unmet[t];
    }

    /** The subsets of queues that meet a skill mask (computed once per mask). */
    private int[] meeting(int mask) {
        int[] sets = meeting[mask];
        if (sets == null) {
            int[] found = new int[subsets];
            int n = 0;
            for (int set = 1; set < subsets; set++) {
                if ((set & mask) != 0) {
                    found[n++] = set;
                }
            }
            sets = Arrays.copyOf(found, n);
            meeting[mask] = sets;
        }
        return sets;
    }

    private void recompute(int t) {
        underPenalty -= under[t];
        overPenalty -= over[t];
        shortIntervals -= shortQueues[t];
        unmetMilli -= unmet[t];
        under[t] = 0;
        shortQueues[t] = 0;
        unmet[t] = 0;
        int open = demanded[t];
        if (open == 0 && !shares) {
            over[t] = 0;
            idle[t] = 0;
            return;
        }
        int base = t * subsets;
        int rowBase = t * queueCount;
        if (shares) {
            recomputeShares(t, base, rowBase);
            return;
        }
        if (deficiencyBound[t] <= 0) {
            // still nothing short (and nothing was short at the last full re-allocation): only the idle part changed
            idle[t] = cap[base + open] - requiredSets[base + open];
            over[t] = idle[t] * RosterConstraintProvider.OVER_COVERAGE_PER_AGENT / 1000;
            overPenalty += over[t];
            return;
        }
        Arrays.fill(shortfall, 0);
        int fixed = 0;
        long fixedDeficiency = 0;
        long penalty = 0;
        int remaining = wanted[t];
        long maxDeficiency = remaining == 0 ? 0 : Long.MIN_VALUE;
        while (remaining != 0) {
            long bestNum = 0;
            long bestOmega = 1;
            int bestSet = 0;
            for (int set = remaining; set > 0; set = (set - 1) & remaining) {
                long num = requiredSets[base + (set | fixed)] - cap[base + (set | fixed)] - fixedDeficiency;
                // the first pass (nothing fixed) sees every d(S)
                maxDeficiency = Math.max(maxDeficiency, num);
                long setOmega = omegaSets[set];
                // compare num / ω(set) with bestNum / bestOmega exactly; a tie goes to the larger set
                long cross = num * bestOmega - bestNum * setOmega;
                if (cross > 0 || (cross == 0 && num > 0 && Integer.bitCount(set) > Integer.bitCount(bestSet))) {
                    bestNum = num;
                    bestOmega = setOmega;
                    bestSet = set;
                }
            }
            if (bestSet == 0 || bestNum <= 0) {
                break;
            }
            // d² / ω(S) with ω in default queues: exactly d² / |S| when every queue has the default priority
            penalty += bestNum * bestNum * RosterConstraintProvider.UNDER_COVERAGE_PER_AGENT_SQUARED * DEFAULT_OMEGA
                    / bestOmega / 1_000_000;
            for (int set = bestSet; set != 0; set &= set - 1) {
                int q = Integer.numberOfTrailingZeros(set);
                shortfall[q] = Math.round((double) bestNum * omega[q] / bestOmega);
            }
            unmet[t] += bestNum;
            shortQueues[t] += Integer.bitCount(bestSet);
            fixed |= bestSet;
            fixedDeficiency = requiredSets[base + fixed] - cap[base + fixed];
            remaining &= ~bestSet;
        }
        under[t] = penalty;
        deficiencyBound[t] = maxDeficiency;
        long metTotal = 0;
        for (int q = 0; q < queueCount; q++) {
            if ((open & (1 << q)) != 0) {
                long requirement = required[rowBase + q];
                met[index.demandAt(t, q).index()] = requirement - shortfall[q];
                metTotal += requirement;
            }
        }
        metTotal -= unmet[t];
        idle[t] = cap[base + open] - metTotal;
        over[t] = idle[t] * RosterConstraintProvider.OVER_COVERAGE_PER_AGENT / 1000;
        underPenalty += under[t];
        overPenalty += over[t];
        shortIntervals += shortQueues[t];
        unmetMilli += unmet[t];
    }

}
