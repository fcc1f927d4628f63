package dev.frontline.staffing.cli;

import dev.frontline.staffing.engine.ErlangA;
import dev.frontline.staffing.engine.IntervalWorkload;
import dev.frontline.staffing.engine.QueueMetrics;
import dev.frontline.staffing.engine.ServiceGoal;
import dev.frontline.staffing.engine.Shrinkage;
import dev.frontline.staffing.engine.StaffingModel;
import dev.frontline.staffing.engine.StaffingRequirement;
import dev.frontline.staffing.engine.VoiceQueue;
import dev.frontline.staffing.engine.VoiceRequirementCalculator;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Erlang C / Erlang A what-if table for one interval, ending with a one-line summary of the requirement. */
@Command(name = "erlang", mixinStandardHelpOptions = true,
        description = "Agents required for one interval (Erlang C, or Erlang A with --model A) and a what-if table around it.")
public class ErlangCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--calls", required = true, description = "Contacts offered in the period.")
    double calls;

    @Option(names = "--period", defaultValue = "30m", description = "Period length: 15m, 30m, 1h, 900s (default ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--aht", required = true, description = "Average handle time in seconds.")
    double aht;

    @Option(names = "--sl", defaultValue = "80/20", description = "Service level goal X/Y: X %% answered in Y s (default ${DEFAULT-VALUE}).")
    String serviceLevel;

    @Option(names = "--max-occupancy", defaultValue = "100", description = "Occupancy cap in percent (default ${DEFAULT-VALUE}).")
    double maxOccupancy;

    @Option(names = "--shrinkage", defaultValue = "0", description = "Shrinkage in percent (default ${DEFAULT-VALUE}).")
    double shrinkage;

    @Option(names = "--patience", description = "Mean caller patience in seconds: adds the Erlang A abandon column.")
    Double patience;

    @Option(names = "--asa", description = "ASA goal in seconds.")
    Double asa;

    @Option(names = "--model", defaultValue = "C",
            description = "C: size with Erlang C (abandon %% shown for information); A: size with Erlang A (needs --patience).")
    String model;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        double[] sl = CliValues.serviceLevel("--sl", serviceLevel);
        ServiceGoal goal = ServiceGoal.of(sl[0], sl[1]).withMaxOccupancyPercent(maxOccupancy);
        if (asa != null) {
            goal = goal.withMaxAsaSeconds(asa);
        }
        if (patience != null && !(patience > 0)) {
            throw new IllegalArgumentException("--patience: '" + patience + "' must be greater than zero seconds");
        }
        StaffingModel sizing = switch (model.trim().toUpperCase(Locale.ROOT)) {
            case "C" -> StaffingModel.ERLANG_C;
            case "A" -> StaffingModel.ERLANG_A;
            default -> throw new IllegalArgumentException("--model: '" + model + "' is not C or A");
        };
        VoiceQueue queue = new VoiceQueue(sizing, goal, patience == null ? OptionalDouble.empty() : OptionalDouble.of(patience),
                Shrinkage.ofTotalPercent(shrinkage));
        IntervalWorkload workload = new IntervalWorkload(calls, CliValues.seconds("--period", period), aht);
        StaffingRequirement requirement = VoiceRequirementCalculator.require(queue, workload, "");
        int required = requirement.agents();

        out.printf(Locale.ROOT, "%s: %s calls per %s, AHT %s s -> offered load %.3f Erlangs%n", sizing.label(), num(calls),
                period, num(aht), workload.offeredLoad());
        out.printf(Locale.ROOT, "Goal: %s; shrinkage %s %%%s%n", goal.describe(), num(shrinkage),
                patience == null ? "" : "; patience " + num(patience) + " s"
                        + (sizing == StaffingModel.ERLANG_C ? " (Erlang A abandon % for information)" : ""));
        out.println();
        out.printf(Locale.ROOT, "%7s %7s %9s %7s %12s%s %10s%n", "agents", "SL %", "ASA s", "occ %", "immediate %",
                patience == null ? "" : String.format(Locale.ROOT, " %10s", "abandon %"), "scheduled");
        int from = Math.max(Math.max(0, required - 10), (int) Math.floor(workload.offeredLoad()));
        for (int n = from; n <= required + 2; n++) {
            QueueMetrics m = queue.metrics(workload, n);
            String abandon = "";
            if (patience != null) {
                double rate = sizing == StaffingModel.ERLANG_A ? m.abandonment()
                        : ErlangA.metrics(workload, n, goal.thresholdSeconds(), patience).abandonment();
                abandon = String.format(Locale.ROOT, " %10.2f", rate * 100);
            }
            out.printf(Locale.ROOT, "%7d %7.1f %9s %7.1f %12.1f%s %10s%s%n", n, m.serviceLevel() * 100,
                    m.asaSeconds().isPresent() ? String.format(Locale.ROOT, "%.1f", m.asaSeconds().getAsDouble()) : "unstable",
                    m.occupancy() * 100, m.answeredImmediately() * 100, abandon,
                    CliValues.half(queue.shrinkage().schedule(n).roundedToHalf()), n == required ? "  <- required" : "");
        }
        out.println();
        out.println(requirement.explanation().sentence());
        QueueMetrics m = requirement.metrics();
        out.printf(Locale.ROOT, "agents=%d scheduled=%s sl=%.1f%% asa=%.1fs occupancy=%.1f%%%n", required,
                CliValues.half(requirement.scheduled().roundedToHalf()), m.serviceLevel() * 100, m.asaSeconds().orElse(0),
                m.occupancy() * 100);
        out.flush();
        return 0;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
