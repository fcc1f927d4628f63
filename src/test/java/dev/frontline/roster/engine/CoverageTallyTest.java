package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The exact level decomposition of the allocation against an independent solver of the same problem. */
class CoverageTallyTest {

    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 8 * 60, Set.of(), null);

    @Test
    void levelDecompositionReachesTheLeastSquaredShortfallOfEverySplit() {
        compareWithWaterFilling(new Random(12), false);
    }

    @Test
    void levelDecompositionReachesTheLeastWeightedSquaredShortfallWithQueuePriorities() {
        compareWithWaterFilling(new Random(13), true);
    }

    private static void compareWithWaterFilling(Random random, boolean prioritised) {
        for (int trial = 0; trial < 300; trial++) {
            List<Queue> queues = List.of(queue("v", Channel.VOICE, random, prioritised),
                    queue("c", Channel.CHAT, random, prioritised), queue("e", Channel.EMAIL, random, prioritised),
                    queue("w", Channel.VOICE, random, prioritised));
            int interval = DemandIndex.intervalOf(0, 8 * 60);
            List<IntervalDemand> demands = new ArrayList<>();
            for (Queue queue : queues) {
                if (random.nextInt(5) > 0) {
                    demands.add(new IntervalDemand(queue, interval, random.nextInt(4) == 0 ? 0 : random.nextInt(6000)));
                }
            }
            DemandIndex index = new DemandIndex(1, demands, List.of());
            CoverageTally tally = new CoverageTally(index);
            Map<DemandIndex.SkillGroup, long[]> groups = new LinkedHashMap<>();
            int agents = 1 + random.nextInt(8);
            for (int a = 0; a < agents; a++) {
                Map<Queue, Double> skills = new LinkedHashMap<>();
                int count = 1 + random.nextInt(3);
                while (skills.size() < count) {
                    skills.put(queues.get(random.nextInt(queues.size())), 0.5 + 0.5 * random.nextDouble());
                }
                Agent agent = new Agent("a" + a, "a" + a, Contract.unrestricted("c"), skills, null, false,
                        List.of(WorkLocation.HOME), List.of(EARLY), Map.of());
                tally.add(agent, new int[] {interval}, 1);
                DemandIndex.AgentSkills own = index.skillsOf(agent);
                if (own.group() != null) {
                    long[] sum = groups.computeIfAbsent(own.group(), g -> new long[2]);
                    sum[0]++;
                    sum[1] += own.capacityMilli();
                }
            }
            tally.flush();

            List<SkillAllocation.Group> input = new ArrayList<>();
            groups.forEach((group, sum) -> input.add(new SkillAllocation.Group(group.queues(), (int) sum[0], sum[1])));
            long[] required = new long[index.queues().size()];
            for (int q = 0; q < required.length; q++) {
                IntervalDemand demand = index.demandAt(interval, q);
                required[q] = demand == null ? -1 : demand.requiredMilli();
            }
            double[] weight = index.queues().stream().mapToDouble(Queue::weight).toArray();
            double[][] split = SkillAllocation.split(input, required, weight);
            double[] supply = new double[required.length];
            for (int g = 0; g < input.size(); g++) {
                for (int j = 0; j < input.get(g).queues().length; j++) {
                    supply[input.get(g).queues()[j]] += split[g][j] * input.get(g).capacityMilli() / input.get(g).agents();
                }
            }
            double squares = 0;
            double unmet = 0;
            for (int q = 0; q < required.length; q++) {
                if (required[q] >= 0) {
                    double shortfall = Math.max(0, required[q] - supply[q]);
                    squares += weight[q] * shortfall * shortfall;
                    unmet += shortfall;
                }
            }
            // the decomposition rounds down once per level set (at most one per queue)
            assertThat((double) tally.underPenalty()).as("trial %d", trial)
                    .isBetween(squares * 100 / 1e6 - required.length - 0.01, squares * 100 / 1e6 + 0.01);
            assertThat((double) tally.unmetMilli()).as("trial %d", trial).isBetween(unmet - 1, unmet + 1);
        }
    }

    private static Queue queue(String id, Channel channel, Random random, boolean prioritised) {
        return new Queue(id, id, channel, prioritised ? 1 + random.nextInt(10) : Queue.DEFAULT_PRIORITY);
    }
}
