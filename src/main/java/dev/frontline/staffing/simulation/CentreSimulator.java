package dev.frontline.staffing.simulation;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Runs a {@link SimulationScenario}: independent replications, each seeded from the scenario's seed so the result
 * does not depend on how many run in parallel.
 */
public final class CentreSimulator {

    private CentreSimulator() {
    }

    public static SimulationResult run(SimulationScenario scenario) {
        SplittableRandom root = new SplittableRandom(scenario.seed());
        long[] seeds = new long[scenario.replications()];
        for (int r = 0; r < seeds.length; r++) {
            seeds[r] = root.nextLong();
        }
        List<Replication> runs = IntStream.range(0, seeds.length).parallel()
                .mapToObj(r -> new Replication(scenario, seeds[r]).run())
                .toList();
        return new SimulationResult(scenario, runs);
    }
}
