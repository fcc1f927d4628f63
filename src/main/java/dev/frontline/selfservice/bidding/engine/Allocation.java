package dev.frontline.selfservice.bidding.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Serial dictatorship with a matching guard. Agents choose in precedence order; each in turn gets the highest line of
 * their ranking that (a) has a copy left and (b) leaves the agents after them as many lines as they could have had
 * anyway; an agent whose ranked lines are all gone or kept (or who ranked none) gets an eligible line that keeps (b) —
 * their own line of the source roster if they have one and it is free, else the one with most copies left — and an
 * agent with no eligible line left gets none.
 * <p>
 * The guard (b) is a bipartite matching check. The allocation keeps a maximum matching {@code R} of the agents still
 * to choose into the copies still to give (Ford–Fulkerson on unit agents and line capacities). Before the agent in
 * turn chooses, their own edge leaves {@code R} and {@code R} is re-augmented, so it is maximum for the others. Taking
 * a copy of line l then costs the others nothing when l has a copy {@code R} does not use, or one holder of l can move
 * along an alternating path to a line with a copy to spare; otherwise it costs them exactly one line, which is allowed
 * only when the agent in turn was not needed for {@code R}'s size (|R| is still the maximum M with them in). So every
 * grant keeps the number of agents who end up with a line at its maximum: when a perfect assignment exists, nobody is
 * left without a line, whatever the order and rankings.
 * <p>
 * Strategy-proof for agents: the set of lines the agent in turn may take depends on the earlier agents' choices and on
 * everyone's eligibility, never on their own or later agents' rankings; they get the best line of their ranking in that
 * set. So ranking one's true order is a weakly dominant strategy; ranking more lines one would accept can only help,
 * because an unranked fallback line is not chosen by one's taste.
 * <p>
 * Cost: each guard check is one breadth-first search over the eligibility graph, O(E), usually ending after a few
 * steps; a 150-agent round allocates in milliseconds (see docs/benchmarks.md).
 */
public final class Allocation {

    public static final String RANKED = "RANKED";
    public static final String RANKED_ALL_GONE = "RANKED_ALL_GONE";
    public static final String RANKED_NONE = "RANKED_NONE";
    public static final String NONE_LEFT = "NONE_LEFT";

    /**
     * A round to allocate, by index: {@code copies[l]} of line l; {@code eligible[a]} the lines agent a may work
     * (sorted or not); {@code ranking[a]} a's ranking, most wanted first (each an eligible line, at most once);
     * {@code order} the agents' indices in precedence order (each once); {@code ownLine[a]} the line a's own source
     * schedule became, or -1.
     */
    public record Problem(int[] copies, int[][] eligible, int[][] ranking, int[] order, int[] ownLine) {

        public Problem {
            int n = eligible.length;
            if (ranking.length != n || ownLine.length != n || order.length != n) {
                throw new IllegalArgumentException("eligibility, rankings, own lines and order must cover the same "
                        + n + " agents");
            }
            boolean[] seen = new boolean[n];
            for (int a : order) {
                if (a < 0 || a >= n || seen[a]) {
                    throw new IllegalArgumentException("order names agent " + a + " twice or out of range");
                }
                seen[a] = true;
            }
            for (int a = 0; a < n; a++) {
                boolean[] allowed = new boolean[copies.length];
                for (int l : eligible[a]) {
                    allowed[l] = true;
                }
                boolean[] ranked = new boolean[copies.length];
                for (int l : ranking[a]) {
                    if (l < 0 || l >= copies.length || !allowed[l]) {
                        throw new IllegalArgumentException("agent " + a + " ranks line " + l + ", which they may not work");
                    }
                    if (ranked[l]) {
                        throw new IllegalArgumentException("agent " + a + " ranks line " + l + " twice");
                    }
                    ranked[l] = true;
                }
            }
        }
    }

    /**
     * What agent {@code agent} got: {@code line} (-1 = none), {@code rank} it had in their ranking (0 = not ranked),
     * {@code reason} one of {@link #RANKED}, {@link #RANKED_ALL_GONE}, {@link #RANKED_NONE}, {@link #NONE_LEFT};
     * {@code taken}: higher-ranked lines whose copies earlier agents had all taken; {@code kept}: higher-ranked lines
     * with a copy left that was kept for later agents who could work nothing else.
     */
    public record Award(int agent, int line, int rank, String reason, int taken, int kept) {
    }

    private final int[] left;
    private final int[][] eligible;
    private final int[] match;
    private final int[][] holders;
    private final int[] holderCount;
    private final int[] holderPos;
    private final boolean[] active;
    private int size;
    // breadth-first search scratch, reset by stamps
    private final int[] lineSeen;
    private final int[] lineFrom;
    private final int[] agentStart;
    private final int[] agentSeen;
    private int stamp;
    private final int[] queue;

    private Allocation(Problem p) {
        int n = p.eligible().length;
        int lines = p.copies().length;
        left = p.copies().clone();
        eligible = p.eligible();
        match = new int[n];
        Arrays.fill(match, -1);
        holders = new int[lines][];
        for (int l = 0; l < lines; l++) {
            holders[l] = new int[left[l]];
        }
        holderCount = new int[lines];
        holderPos = new int[n];
        active = new boolean[n];
        Arrays.fill(active, true);
        lineSeen = new int[lines];
        lineFrom = new int[lines];
        agentStart = new int[n];
        agentSeen = new int[n];
        queue = new int[n];
    }

    public static List<Award> allocate(Problem problem) {
        return new Allocation(problem).run(problem);
    }

    private List<Award> run(Problem p) {
        for (int a : p.order()) {
            augment(new int[] {a});
        }
        List<Award> awards = new ArrayList<>(p.order().length);
        for (int a : p.order()) {
            awards.add(choose(a, p.ranking()[a], p.ownLine()[a]));
        }
        return awards;
    }

    private Award choose(int a, int[] ranking, int own) {
        int maximum = size;
        boolean wasMatched = match[a] >= 0;
        if (wasMatched) {
            unassign(a);
        }
        active[a] = false;
        if (wasMatched) {
            augmentFromUnmatched();
        }
        int taken = 0;
        int kept = 0;
        for (int i = 0; i < ranking.length; i++) {
            int l = ranking[i];
            if (left[l] == 0) {
                taken++;
            } else if (makeRoom(l, maximum)) {
                left[l]--;
                return new Award(a, l, i + 1, RANKED, taken, kept);
            } else {
                kept++;
            }
        }
        String reason = ranking.length == 0 ? RANKED_NONE : RANKED_ALL_GONE;
        for (int l : fallbackOrder(a, own)) {
            if (makeRoom(l, maximum)) {
                left[l]--;
                return new Award(a, l, 0, reason, taken, kept);
            }
        }
        return new Award(a, -1, 0, NONE_LEFT, taken, kept);
    }

    /** Own line first, then most copies left, then lowest index. */
    private int[] fallbackOrder(int a, int own) {
        return Arrays.stream(eligible[a]).filter(l -> left[l] > 0).boxed()
                .sorted((x, y) -> {
                    if ((x == own) != (y == own)) {
                        return x == own ? -1 : 1;
                    }
                    int byLeft = Integer.compare(left[y], left[x]);
                    return byLeft != 0 ? byLeft : Integer.compare(x, y);
                }).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Frees a copy of line l in the matching of the agents still to choose, if that keeps |R| ≥ maximum − 1: a copy R
     * does not use, a holder moved along an alternating path, or — when the agent in turn was not needed — one holder
     * dropped.
     */
    private boolean makeRoom(int l, int maximum) {
        if (holderCount[l] < left[l]) {
            return true;
        }
        if (reroute(l)) {
            return true;
        }
        if (size - 1 >= maximum - 1 && holderCount[l] > 0) {
            unassign(holders[l][holderCount[l] - 1]);
            return true;
        }
        return holderCount[l] < left[l];
    }

    private void augmentFromUnmatched() {
        int[] free = new int[match.length];
        int count = 0;
        for (int a = 0; a < match.length; a++) {
            if (active[a] && match[a] < 0) {
                free[count++] = a;
            }
        }
        if (count > 0) {
            augment(Arrays.copyOf(free, count));
        }
    }

    /** Moves one holder of line l elsewhere along an alternating path, if one exists. */
    private boolean reroute(int l) {
        stamp++;
        lineSeen[l] = stamp;
        int head = 0;
        int tail = 0;
        for (int i = 0; i < holderCount[l]; i++) {
            int h = holders[l][i];
            agentStart[h] = stamp;
            agentSeen[h] = stamp;
            queue[tail++] = h;
        }
        return search(head, tail);
    }

    /** Finds an augmenting path from any of the given unmatched agents and applies it. */
    private boolean augment(int[] sources) {
        stamp++;
        int tail = 0;
        for (int s : sources) {
            agentStart[s] = stamp;
            agentSeen[s] = stamp;
            queue[tail++] = s;
        }
        return search(0, tail);
    }

    /** Breadth-first over agents; a line with a spare copy ends the path, which is then applied backwards. */
    private boolean search(int head, int tail) {
        int[] q = queue;
        while (head < tail) {
            int x = q[head++];
            for (int l : eligible[x]) {
                if (left[l] == 0 || lineSeen[l] == stamp) {
                    continue;
                }
                lineSeen[l] = stamp;
                lineFrom[l] = x;
                if (holderCount[l] < left[l]) {
                    apply(l);
                    return true;
                }
                for (int i = 0; i < holderCount[l]; i++) {
                    int h = holders[l][i];
                    if (agentSeen[h] != stamp) {
                        agentSeen[h] = stamp;
                        q[tail++] = h;
                    }
                }
            }
        }
        return false;
    }

    private void apply(int freeLine) {
        int line = freeLine;
        while (true) {
            int x = lineFrom[line];
            int old = match[x];
            if (old >= 0) {
                unassign(x);
            }
            assign(x, line);
            if (agentStart[x] == stamp) {
                return;
            }
            line = old;
        }
    }

    private void assign(int a, int l) {
        match[a] = l;
        holderPos[a] = holderCount[l];
        holders[l][holderCount[l]++] = a;
        size++;
    }

    private void unassign(int a) {
        int l = match[a];
        int pos = holderPos[a];
        int last = holders[l][--holderCount[l]];
        holders[l][pos] = last;
        holderPos[last] = pos;
        match[a] = -1;
        size--;
    }
}
