package dev.frontline.selfservice.bidding.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class AllocationTest {

    private static int[] ints(int... values) {
        return values;
    }

    private static int[] identity(int n) {
        return IntStream.range(0, n).toArray();
    }

    private static int[] none(int n) {
        int[] own = new int[n];
        java.util.Arrays.fill(own, -1);
        return own;
    }

    @Test
    void theAgentFirstInTheOrderGetsTheContestedLine() {
        // lines 0 (1 copy) and 1 (1 copy); both agents want line 0 first
        int[][] eligible = {ints(0, 1), ints(0, 1)};
        int[][] ranking = {ints(0, 1), ints(0, 1)};
        List<Allocation.Award> first = Allocation.allocate(new Allocation.Problem(ints(1, 1), eligible, ranking,
                ints(0, 1), none(2)));
        assertThat(first.get(0)).isEqualTo(new Allocation.Award(0, 0, 1, Allocation.RANKED, 0, 0));
        assertThat(first.get(1)).isEqualTo(new Allocation.Award(1, 1, 2, Allocation.RANKED, 1, 0));
        List<Allocation.Award> reversed = Allocation.allocate(new Allocation.Problem(ints(1, 1), eligible, ranking,
                ints(1, 0), none(2)));
        assertThat(reversed.get(0)).isEqualTo(new Allocation.Award(1, 0, 1, Allocation.RANKED, 0, 0));
        assertThat(reversed.get(1)).isEqualTo(new Allocation.Award(0, 1, 2, Allocation.RANKED, 1, 0));
    }

    @Test
    void anEarlyPickNeverLeavesALaterAgentWithoutALine() {
        // agent 1 may work only line 0; agent 0 (first) wants line 0 but may also work line 1
        int[][] eligible = {ints(0, 1), ints(0)};
        int[][] ranking = {ints(0, 1), ints(0)};
        List<Allocation.Award> awards = Allocation.allocate(new Allocation.Problem(ints(1, 1), eligible, ranking,
                ints(0, 1), none(2)));
        assertThat(awards.get(0)).isEqualTo(new Allocation.Award(0, 1, 2, Allocation.RANKED, 0, 1));
        assertThat(awards.get(1)).isEqualTo(new Allocation.Award(1, 0, 1, Allocation.RANKED, 0, 0));
    }

    @Test
    void aHolderIsMovedAlongAnAlternatingPathSoTheFirstAgentKeepsTheirChoice() {
        // a perfect assignment exists with agent 0 on line 0: 0→0, 1→1, 2→2
        int[][] eligible = {ints(0, 2), ints(0, 1), ints(1, 2)};
        int[][] ranking = {ints(0), ints(), ints()};
        List<Allocation.Award> awards = Allocation.allocate(new Allocation.Problem(ints(1, 1, 1), eligible, ranking,
                ints(0, 1, 2), none(3)));
        assertThat(awards).extracting(Allocation.Award::line).containsExactly(0, 1, 2);
        assertThat(awards.get(1).reason()).isEqualTo(Allocation.RANKED_NONE);
    }

    @Test
    void eligibilityIsRespectedAndRankingAnIneligibleLineIsRefused() {
        int[][] eligible = {ints(1), ints(0, 1)};
        List<Allocation.Award> awards = Allocation.allocate(new Allocation.Problem(ints(1, 1), eligible,
                new int[][] {ints(1), ints(1, 0)}, ints(1, 0), none(2)));
        assertThat(awards.get(0).line()).isEqualTo(0); // agent 1 chose first but line 1 is agent 0's only line
        assertThat(awards.get(0).kept()).isEqualTo(1);
        assertThat(awards.get(1).line()).isEqualTo(1);
        assertThatThrownBy(() -> new Allocation.Problem(ints(1, 1), eligible, new int[][] {ints(0), ints()}, ints(0, 1),
                none(2))).hasMessageContaining("may not work");
        assertThatThrownBy(() -> new Allocation.Problem(ints(1, 1), eligible, new int[][] {ints(), ints(0, 0)},
                ints(0, 1), none(2))).hasMessageContaining("twice");
    }

    @Test
    void anAgentWithoutEligibleLinesLeftGetsNoneAndTheOthersStillTheMost() {
        // three agents, two lines of one copy; agent 2 may work only line 0, like agent 1
        int[][] eligible = {ints(0, 1), ints(0), ints(0)};
        List<Allocation.Award> awards = Allocation.allocate(new Allocation.Problem(ints(1, 1), eligible,
                new int[][] {ints(0), ints(0), ints(0)}, ints(0, 1, 2), none(3)));
        assertThat(awards.get(0).line()).isEqualTo(1); // line 0 kept: agent 1 could work nothing else
        assertThat(awards.get(1).line()).isEqualTo(0);
        assertThat(awards.get(2)).isEqualTo(new Allocation.Award(2, -1, 0, Allocation.NONE_LEFT, 1, 0));
    }

    @Test
    void whenNoPerfectAssignmentExistsTheEarlierAgentStillChooses() {
        // one copy, two agents who may both work it: the first gets it, it costs the second but not the total
        List<Allocation.Award> awards = Allocation.allocate(new Allocation.Problem(ints(1), new int[][] {ints(0), ints(0)},
                new int[][] {ints(0), ints(0)}, ints(1, 0), none(2)));
        assertThat(awards.get(0)).isEqualTo(new Allocation.Award(1, 0, 1, Allocation.RANKED, 0, 0));
        assertThat(awards.get(1).line()).isEqualTo(-1);
    }

    @Test
    void anAgentWhoRankedNothingKeepsTheirOwnLineWhenItIsFree() {
        int[][] eligible = {ints(0, 1, 2), ints(0, 1, 2), ints(0, 1, 2)};
        List<Allocation.Award> awards = Allocation.allocate(new Allocation.Problem(ints(1, 1, 1), eligible,
                new int[][] {ints(), ints(), ints(2)}, ints(0, 1, 2), ints(1, 2, 0)));
        assertThat(awards.get(0).line()).isEqualTo(1);
        // agent 1's own line 2 is free when they choose; agent 2 then finds line 2 taken
        assertThat(awards.get(1).line()).isEqualTo(2);
        assertThat(awards.get(2)).isEqualTo(new Allocation.Award(2, 0, 0, Allocation.RANKED_ALL_GONE, 1, 0));
    }

    @Test
    void randomRoundsWithAPerfectAssignmentLeaveNobodyWithoutALineAndRespectPrecedence() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(25);
            int lines = 1 + random.nextInt(n);
            // a hidden perfect assignment: agent a's own line, then extra random eligibility
            int[] own = new int[n];
            int[] copies = new int[lines];
            for (int a = 0; a < n; a++) {
                own[a] = a < lines ? a : random.nextInt(lines);
                copies[own[a]]++;
            }
            int[][] eligible = new int[n][];
            int[][] ranking = new int[n][];
            for (int a = 0; a < n; a++) {
                int agent = a;
                eligible[a] = IntStream.range(0, lines).filter(l -> l == own[agent] || random.nextInt(3) == 0).toArray();
                int[] shuffled = eligible[a].clone();
                for (int i = shuffled.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = shuffled[i];
                    shuffled[i] = shuffled[j];
                    shuffled[j] = t;
                }
                ranking[a] = java.util.Arrays.copyOf(shuffled, random.nextInt(shuffled.length + 1));
            }
            int[] order = identity(n);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            List<Allocation.Award> awards = Allocation.allocate(new Allocation.Problem(copies, eligible, ranking, order,
                    none(n)));
            int[] given = new int[lines];
            for (Allocation.Award award : awards) {
                assertThat(award.line()).as("round %d agent %d", round, award.agent()).isGreaterThanOrEqualTo(0);
                assertThat(eligible[award.agent()]).contains(award.line());
                given[award.line()]++;
            }
            assertThat(given).isEqualTo(copies);
            // the first agent gets the highest line of their ranking with which everyone can still have a line
            Allocation.Award first = awards.get(0);
            int expected = -1;
            for (int l : ranking[first.agent()]) {
                if (perfectWith(copies, eligible, first.agent(), l)) {
                    expected = l;
                    break;
                }
            }
            if (expected >= 0) {
                assertThat(first.line()).as("round %d", round).isEqualTo(expected);
            } else {
                assertThat(first.rank()).isZero();
            }
        }
    }

    /** Whether every agent can have a line with agent {@code a} on line {@code l} (Kuhn's algorithm on copies). */
    private static boolean perfectWith(int[] copies, int[][] eligible, int a, int l) {
        int[] left = copies.clone();
        left[l]--;
        List<Integer> slots = new java.util.ArrayList<>();
        for (int line = 0; line < left.length; line++) {
            for (int c = 0; c < left[line]; c++) {
                slots.add(line);
            }
        }
        int[] slotOwner = new int[slots.size()];
        java.util.Arrays.fill(slotOwner, -1);
        for (int agent = 0; agent < eligible.length; agent++) {
            if (agent != a && !kuhn(agent, eligible, slots, slotOwner, new boolean[slots.size()])) {
                return false;
            }
        }
        return true;
    }

    private static boolean kuhn(int agent, int[][] eligible, List<Integer> slots, int[] slotOwner, boolean[] seen) {
        for (int s = 0; s < slots.size(); s++) {
            int line = slots.get(s);
            if (!seen[s] && java.util.Arrays.stream(eligible[agent]).anyMatch(x -> x == line)) {
                seen[s] = true;
                if (slotOwner[s] < 0 || kuhn(slotOwner[s], eligible, slots, slotOwner, seen)) {
                    slotOwner[s] = agent;
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aLaterAgentsRankingNeverChangesAnEarlierAgentsAward() {
        int[][] eligible = {ints(0, 1, 2), ints(0, 1), ints(1, 2)};
        int[] copies = ints(1, 1, 1);
        List<Allocation.Award> one = Allocation.allocate(new Allocation.Problem(copies, eligible,
                new int[][] {ints(1, 0), ints(0), ints(2)}, ints(0, 1, 2), none(3)));
        List<Allocation.Award> two = Allocation.allocate(new Allocation.Problem(copies, eligible,
                new int[][] {ints(1, 0), ints(1), ints(1, 2)}, ints(0, 1, 2), none(3)));
        assertThat(one.get(0)).isEqualTo(two.get(0));
        assertThat(one.get(0).line()).isEqualTo(1);
    }
}
