package dev.frontline.staffing.cli;

import dev.frontline.shared.bench.BenchmarkReport;
import dev.frontline.staffing.engine.RequirementBatch;
import dev.frontline.staffing.engine.ServiceGoal;
import dev.frontline.staffing.engine.Shrinkage;
import dev.frontline.staffing.engine.VoiceQueue;
import dev.frontline.staffing.simulation.CentreSimulator;
import dev.frontline.staffing.simulation.HandleTimeModel;
import dev.frontline.staffing.simulation.SimulatedAgent;
import dev.frontline.staffing.simulation.SimulatedQueue;
import dev.frontline.staffing.simulation.SimulationResult;
import dev.frontline.staffing.simulation.SimulationScenario;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the staffing engine's two speed targets on synthetic, seeded data: the batch requirement of queues ×
 * weeks × 15-minute intervals (target: 20 × 52 × 96 under 2 s) and a one-day simulation of a multi-skill centre
 * (target: 200 agents, 6 queues, 20 replications under 10 s).
 */
@Command(name = "staffing", mixinStandardHelpOptions = true,
        description = "Benchmark the staffing engine: batch Erlang requirements and the discrete-event simulator.")
public class StaffingBenchCommand implements Callable<Integer> {

    private static final int INTERVALS_PER_DAY = 96;
    private static final double INTERVAL_SECONDS = 900;

    @Spec
    CommandSpec spec;

    @Option(names = "--queues", defaultValue = "20", description = "Queues in the batch (default ${DEFAULT-VALUE}).")
    int queues;

    @Option(names = "--weeks", defaultValue = "52", description = "Weeks in the batch, one 96-interval day each (default ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--agents", defaultValue = "200", description = "Agents in the simulated centre (default ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--sim-queues", defaultValue = "6", description = "Queues in the simulated centre (default ${DEFAULT-VALUE}).")
    int simQueues;

    @Option(names = "--replications", defaultValue = "20", description = "Simulation replications (default ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--no-report", description = "Print only; do not write docs/benchmarks.md.")
    boolean noReport;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (queues < 1 || weeks < 1 || agents < 1 || simQueues < 1 || replications < 2) {
            throw new IllegalArgumentException("bench staffing: --queues, --weeks, --agents and --sim-queues must be at least 1, "
                    + "--replications at least 2");
        }
        List<RequirementBatch.QueueSeries> series = batchSeries(weeks, false);
        int cells = queues * weeks * INTERVALS_PER_DAY;
        long t0 = System.nanoTime();
        RequirementBatch.Result batch = RequirementBatch.compute(series);
        double batchCold = seconds(t0);
        double batchWarm = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            RequirementBatch.compute(series);
            batchWarm = Math.min(batchWarm, seconds(t));
        }
        long agentIntervals = Arrays.stream(batch.agents()).flatMapToInt(Arrays::stream).asLongStream().sum();
        out.printf(Locale.ROOT, "Batch Erlang C: %d queues × %d weeks × %d intervals = %d requirements: first run %.3f s, "
                + "best of 3 warm runs %.3f s (target < 2 s); %d agent-intervals required%n", queues, weeks, INTERVALS_PER_DAY,
                cells, batchCold, batchWarm, agentIntervals);

        int erlangAWeeks = weeks;
        List<RequirementBatch.QueueSeries> abandonSeries = batchSeries(erlangAWeeks, true);
        long ta = System.nanoTime();
        RequirementBatch.compute(abandonSeries);
        double erlangA = seconds(ta);
        int erlangACells = queues * erlangAWeeks * INTERVALS_PER_DAY;
        out.printf(Locale.ROOT, "Batch Erlang A (patience 90 s), for information: %d queues × %d weeks × %d intervals = %d "
                + "requirements: %.3f s%n", queues, erlangAWeeks, INTERVALS_PER_DAY, erlangACells, erlangA);

        SimulationScenario scenario = centre();
        long t1 = System.nanoTime();
        SimulationResult result = CentreSimulator.run(scenario);
        double simCold = seconds(t1);
        long t2 = System.nanoTime();
        CentreSimulator.run(scenario);
        double simWarm = seconds(t2);
        double offered = 0;
        for (int q = 0; q < simQueues; q++) {
            offered += result.queue(q, 0, INTERVALS_PER_DAY).offered().mean();
        }
        double occupancy = result.centreOccupancy(0, INTERVALS_PER_DAY).mean();
        out.printf(Locale.ROOT, "Simulation: %d agents, %d queues, 1 day of %d intervals, %d replications (%.0f contacts per "
                        + "replication, centre occupancy %.1f %%): first run %.3f s, second run %.3f s (target < 10 s)%n",
                agents, simQueues, INTERVALS_PER_DAY, replications, offered, occupancy * 100, simCold, simWarm);
        out.printf(Locale.ROOT, "Processors available: %d%n", Runtime.getRuntime().availableProcessors());
        out.flush();

        if (!noReport) {
            String body = String.format(Locale.ROOT, """
                    | measurement | size | first run | warm run | target |
                    |---|---|---|---|---|
                    | batch Erlang C requirements (memo + incremental search) | %d queues × %d weeks × %d intervals = %d | %.3f s | %.3f s (best of 3) | < 2 s |
                    | batch Erlang A requirements, patience 90 s (no target) | %d queues × %d weeks × %d intervals = %d | %.3f s | | |
                    | simulation, multi-skill centre | %d agents, %d queues, 1 day, %d replications, %.0f contacts/replication | %.3f s | %.3f s | < 10 s |

                    Synthetic seeded data: double-peaked daily curves with weekly growth and noise (fractional volumes, so the
                    memo gets few hits); simulated agents hold 1–3 skills with proficiency 0.7–1, 8-hour shifts from 06:00 to
                    14:00 starts, demand sized to about 85 %% occupancy. %d processors available.
                    """, queues, weeks, INTERVALS_PER_DAY, cells, batchCold, batchWarm, queues, erlangAWeeks, INTERVALS_PER_DAY,
                    erlangACells, erlangA, agents, simQueues, replications, offered,
                    simCold, simWarm, Runtime.getRuntime().availableProcessors());
            BenchmarkReport.inWorkingDirectory().writeSection("staffing", "Staffing engine",
                    "java -jar target/frontline.jar bench staffing", body);
        }
        return 0;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Per queue: one day of 96 intervals per week, double-peaked, growing 0.5 % a week, with ±10 % noise. */
    private List<RequirementBatch.QueueSeries> batchSeries(int weeks, boolean erlangA) {
        SplittableRandom random = new SplittableRandom(2026);
        List<RequirementBatch.QueueSeries> result = new ArrayList<>();
        for (int q = 0; q < queues; q++) {
            double peak = 40 + random.nextDouble() * 400;
            double aht = 180 + random.nextDouble() * 240;
            ServiceGoal goal = q % 2 == 0 ? ServiceGoal.of(80, 20).withMaxOccupancyPercent(85)
                    : ServiceGoal.of(90, 10).withMaxAsaSeconds(15);
            VoiceQueue queue = erlangA ? VoiceQueue.erlangA(goal, 90, Shrinkage.ofTotalPercent(30))
                    : VoiceQueue.erlangC(goal, Shrinkage.ofTotalPercent(30));
            int n = weeks * INTERVALS_PER_DAY;
            double[] contacts = new double[n];
            double[] ahts = new double[n];
            for (int w = 0; w < weeks; w++) {
                for (int i = 0; i < INTERVALS_PER_DAY; i++) {
                    contacts[w * INTERVALS_PER_DAY + i] = peak * dailyShape(i) * (1 + 0.005 * w) * (0.9 + 0.2 * random.nextDouble());
                    ahts[w * INTERVALS_PER_DAY + i] = aht * (0.95 + 0.1 * random.nextDouble());
                }
            }
            result.add(new RequirementBatch.QueueSeries("Q" + (q + 1), queue, INTERVAL_SECONDS, contacts, ahts, null));
        }
        return result;
    }

    /** Relative volume over the day: quiet at night, peaks late morning and early afternoon. */
    private static double dailyShape(int interval) {
        double hour = interval / 4.0;
        double morning = Math.exp(-Math.pow((hour - 10.5) / 2, 2));
        double afternoon = 0.8 * Math.exp(-Math.pow((hour - 14.5) / 2.5, 2));
        return 0.02 + morning + afternoon;
    }

    /** A multi-skill centre: agents with 1–3 skills, 8-hour shifts, demand sized to about 85 % occupancy. */
    private SimulationScenario centre() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> names = new ArrayList<>();
        double[] aht = new double[simQueues];
        for (int q = 0; q < simQueues; q++) {
            names.add("queue-" + (q + 1));
            aht[q] = 180 + 60 * q;
        }
        List<SimulatedAgent> roster = new ArrayList<>();
        int[] onShift = new int[INTERVALS_PER_DAY];
        for (int a = 0; a < agents; a++) {
            Map<String, Double> skills = new LinkedHashMap<>();
            int primary = a % simQueues;
            skills.put(names.get(primary), 1.0);
            int extra = random.nextInt(3);
            for (int k = 0; k < extra; k++) {
                skills.putIfAbsent(names.get(random.nextInt(simQueues)), 0.7 + 0.3 * random.nextDouble());
            }
            int start = 24 + random.nextInt(33);
            BitSet working = new BitSet(INTERVALS_PER_DAY);
            working.set(start, Math.min(INTERVALS_PER_DAY, start + 32));
            for (int i = start; i < Math.min(INTERVALS_PER_DAY, start + 32); i++) {
                onShift[i]++;
            }
            roster.add(new SimulatedAgent("agent-" + (a + 1), skills, working));
        }
        List<SimulatedQueue> queueList = new ArrayList<>();
        for (int q = 0; q < simQueues; q++) {
            double[] arrivals = new double[INTERVALS_PER_DAY];
            double[] ahts = new double[INTERVALS_PER_DAY];
            Arrays.fill(ahts, aht[q]);
            for (int i = 0; i < INTERVALS_PER_DAY; i++) {
                arrivals[i] = 0.85 * onShift[i] / simQueues * INTERVAL_SECONDS / aht[q];
            }
            queueList.add(new SimulatedQueue(names.get(q), q + 1, arrivals, ahts, 20, OptionalDouble.of(120)));
        }
        return new SimulationScenario(INTERVALS_PER_DAY, INTERVAL_SECONDS, queueList, roster, HandleTimeModel.lognormal(0.8),
                replications, 11);
    }
}
