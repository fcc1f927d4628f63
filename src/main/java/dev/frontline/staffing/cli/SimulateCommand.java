package dev.frontline.staffing.cli;

import dev.frontline.staffing.engine.ErlangA;
import dev.frontline.staffing.engine.ErlangC;
import dev.frontline.staffing.engine.IntervalWorkload;
import dev.frontline.staffing.simulation.CentreSimulator;
import dev.frontline.staffing.simulation.Estimate;
import dev.frontline.staffing.simulation.HandleTimeModel;
import dev.frontline.staffing.simulation.SimulatedAgent;
import dev.frontline.staffing.simulation.SimulatedQueue;
import dev.frontline.staffing.simulation.SimulationResult;
import dev.frontline.staffing.simulation.SimulationScenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Simulates a staffing vector (CSV) and prints simulated service level, ASA, abandonment and occupancy with 95 % CIs. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Discrete-event simulation of a staffing vector: per interval and queue SL, ASA, abandon %% and occupancy "
                + "with 95 %% confidence intervals over replications, next to the Erlang prediction. CSV columns: "
                + "interval_start (HH:mm), queue (optional), calls, aht_s, agents.")
public class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--staffing", required = true, description = "CSV: interval_start,[queue,]calls,aht_s,agents (header row required).")
    Path staffing;

    @Option(names = "--interval", defaultValue = "15m", description = "Interval length: 15m, 30m or 60m (default ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--sl", defaultValue = "80/20", description = "Service level X/Y; Y is the threshold in seconds (default ${DEFAULT-VALUE}).")
    String serviceLevel;

    @Option(names = "--patience", description = "Mean caller patience in seconds (exponential); omit for no abandonment.")
    Double patience;

    @Option(names = "--replications", defaultValue = "20", description = "Replications (default ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--handle-time", defaultValue = "exponential", description = "exponential or lognormal (default ${DEFAULT-VALUE}).")
    String handleTime;

    @Option(names = "--cv", defaultValue = "1.0", description = "Coefficient of variation of lognormal handle times (default ${DEFAULT-VALUE}).")
    double cv;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        double intervalSeconds = CliValues.seconds("--interval", interval);
        if (intervalSeconds % 60 != 0) {
            throw new IllegalArgumentException("--interval: '" + interval + "' must be a whole number of minutes");
        }
        double threshold = CliValues.serviceLevel("--sl", serviceLevel)[1];
        if (patience != null && !(patience > 0)) {
            throw new IllegalArgumentException("--patience: '" + patience + "' must be greater than zero seconds");
        }
        HandleTimeModel model = switch (handleTime.trim().toLowerCase(Locale.ROOT)) {
            case "exponential" -> HandleTimeModel.EXPONENTIAL;
            case "lognormal" -> HandleTimeModel.lognormal(cv);
            default -> throw new IllegalArgumentException("--handle-time: '" + handleTime + "' is not exponential or lognormal");
        };
        StaffingVectorCsv.Vector vector;
        try (Reader reader = Files.newBufferedReader(staffing, StandardCharsets.UTF_8)) {
            vector = StaffingVectorCsv.read(reader, (int) (intervalSeconds / 60));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--staffing: file '" + staffing + "' not found");
        }
        OptionalDouble patienceMean = patience == null ? OptionalDouble.empty() : OptionalDouble.of(patience);
        List<SimulatedQueue> queues = new ArrayList<>();
        List<SimulatedAgent> agents = new ArrayList<>();
        for (String queue : vector.calls().keySet()) {
            queues.add(new SimulatedQueue(queue, 1, vector.calls().get(queue), vector.aht().get(queue), threshold, patienceMean));
            agents.addAll(SimulatedAgent.fromStaffing(queue, Map.of(queue, 1.0), vector.agents().get(queue)));
        }
        SimulationScenario scenario = new SimulationScenario(vector.intervals(), intervalSeconds, queues, agents, model,
                replications, seed);
        long started = System.nanoTime();
        SimulationResult result = CentreSimulator.run(scenario);
        double elapsed = (System.nanoTime() - started) / 1e9;

        out.printf(Locale.ROOT, "Simulated %d replications (seed %d) of %d intervals × %s, %d queue(s), %d agents, %s handle "
                        + "times%s in %.2f s%n%n", replications, seed, vector.intervals(), interval, queues.size(), agents.size(),
                handleTime, patience == null ? ", no abandonment" : ", patience " + patience + " s", elapsed);
        out.printf(Locale.ROOT, "%-12s %5s %7s %6s %15s %13s %13s %13s %9s%n", "queue", "start", "calls", "agents",
                "SL % (95% CI)", "ASA s", "abandon %", "occupancy %", patience == null ? "Erlang C" : "Erlang A");
        for (int q = 0; q < queues.size(); q++) {
            SimulatedQueue queue = queues.get(q);
            int[] staffed = vector.agents().get(queue.name());
            for (int i = 0; i < vector.intervals(); i++) {
                SimulationResult.QueueStats s = result.interval(q, i);
                IntervalWorkload w = new IntervalWorkload(queue.arrivals()[i], intervalSeconds, queue.ahtSeconds()[i]);
                double erlang = patience == null ? ErlangC.metrics(w, staffed[i], threshold).serviceLevel()
                        : ErlangA.metrics(w, staffed[i], threshold, patience).serviceLevel();
                out.printf(Locale.ROOT, "%-12s %5s %7.1f %6d %15s %13s %13s %13s %9.1f%n", queue.name(),
                        vector.firstStart().plusSeconds((long) (i * intervalSeconds)), queue.arrivals()[i], staffed[i],
                        pct(s.serviceLevel()), plain(s.asaSeconds()), pct(s.abandonment()), pct(s.occupancy()), erlang * 100);
            }
        }
        out.println();
        for (int q = 0; q < queues.size(); q++) {
            SimulationResult.QueueStats s = result.queue(q, 0, vector.intervals());
            out.printf(Locale.ROOT, "%s (day): offered %.0f, SL %s %%, ASA %s s, abandon %s %%, occupancy %s %%%n",
                    queues.get(q).name(), s.offered().mean(), pct(s.serviceLevel()), plain(s.asaSeconds()),
                    pct(s.abandonment()), pct(s.occupancy()));
        }
        out.flush();
        return 0;
    }

    private static String pct(Estimate e) {
        return e.samples() == 0 ? "-" : String.format(Locale.ROOT, "%.1f ± %.1f", e.mean() * 100, e.halfWidth() * 100);
    }

    private static String plain(Estimate e) {
        return e.samples() == 0 ? "-" : String.format(Locale.ROOT, "%.1f ± %.1f", e.mean(), e.halfWidth());
    }
}
