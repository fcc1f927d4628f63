package dev.frontline.selfservice.bidding.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A made-up round for benchmarks: {@code agents} agents, one schedule each, merged into about a third as many lines;
 * each line needs one of four skill sets, agents hold one to three of them (their own line's always), and every agent
 * ranks up to {@code ranked} of their eligible lines, popular lines first more often (a Zipf-like taste), so first
 * choices collide as in a real round. A perfect assignment exists (each agent's own line).
 */
public final class SyntheticRound {

    private SyntheticRound() {
    }

    public static Allocation.Problem of(int agents, int ranked, long seed) {
        Random random = new Random(seed);
        int lines = Math.max(1, agents / 3);
        int[] skillSet = IntStream.range(0, lines).map(l -> random.nextInt(4)).toArray();
        int[] copies = new int[lines];
        int[] own = new int[agents];
        for (int a = 0; a < agents; a++) {
            own[a] = a < lines ? a : random.nextInt(lines);
            copies[own[a]]++;
        }
        int[][] eligible = new int[agents][];
        int[][] ranking = new int[agents][];
        for (int a = 0; a < agents; a++) {
            boolean[] holds = new boolean[4];
            holds[skillSet[own[a]]] = true;
            int extra = random.nextInt(3);
            for (int i = 0; i < extra; i++) {
                holds[random.nextInt(4)] = true;
            }
            int agent = a;
            eligible[a] = IntStream.range(0, lines).filter(l -> holds[skillSet[l]] || l == own[agent]).toArray();
            List<Integer> pool = new ArrayList<>(Arrays.stream(eligible[a]).boxed().toList());
            List<Integer> mine = new ArrayList<>();
            while (mine.size() < ranked && !pool.isEmpty()) {
                // low line numbers are the popular ones: pick the smallest of two draws
                int i = Math.min(random.nextInt(pool.size()), random.nextInt(pool.size()));
                mine.add(pool.remove(i));
            }
            ranking[a] = mine.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] order = IntStream.range(0, agents).toArray();
        for (int i = agents - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return new Allocation.Problem(copies, eligible, ranking, order, own);
    }
}
