package dev.frontline.roster.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import dev.frontline.roster.engine.CentreGenerator;
import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.engine.RosterLowerBound;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.engine.TrainingSession;
import dev.frontline.shared.bench.BenchmarkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What training costs the phones, measured: the generated centre rostered twice with the same seed and search, once
 * with the benchmark's training ({@code CentreTraining}) and once without, against the LP lower bound of each
 * (before breaks, where the relaxation holds training exactly; see docs/roster.md). The training's extra
 * under-coverage in the solved rosters should be at most 0.5 points above the extra the bound says it must cost.
 */
@Command(name = "training", mixinStandardHelpOptions = true,
        description = "Rosters the generated centre with and without training sessions to place (a 3-day course for a "
                + "cohort of 10, 2-hour sessions for 30 agents, refreshers for 20, scaled to --agents) and reports "
                + "placement, its time and its cost in coverage against the LP lower bound's.")
public class TrainingBenchCommand implements Callable<Integer> {

    /** The goal: training's extra under-coverage at most this many points above the bound's. */
    static final double GOAL_POINTS = 0.5;

    @Spec
    CommandSpec spec;

    @Option(names = "--agents", defaultValue = "150", description = "Agents (default ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--weeks", defaultValue = "4", description = "Weeks in the horizon (default ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--seconds", defaultValue = "60", description = "Time limit of each solve (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--moves", description = "Stop each solve after this many evaluated moves instead of after --seconds.")
    Long moves;

    @Option(names = "--capacity", defaultValue = "1.15", description = "Contracted capacity over requirement (default "
            + "${DEFAULT-VALUE}).")
    double capacity;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the centre and the solver (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--report", description = "Write the figures into the benchmark report (section 'roster-training').")
    boolean report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (seconds < 1 || (moves != null && moves < 1)) {
            throw new IllegalArgumentException("--seconds and --moves must be at least 1");
        }
        Roster plain = CentreGenerator.generateCentre(agents, weeks, capacity, seed, null,
                CentreGenerator.Wishes.GENERATED, false).roster();
        Roster trained = CentreGenerator.generateCentre(agents, weeks, capacity, seed, null,
                CentreGenerator.Wishes.GENERATED, true).roster();
        int people = trained.getTrainingSessions().stream().mapToInt(s -> s.getNeed().attendeeIds().size()).sum();
        out.printf(Locale.ROOT, "%s: %d agents, %d days; %d training sessions, %d person-sessions%n", trained.getName(),
                trained.getAgents().size(), trained.getHorizonDays(), trained.getTrainingSessions().size(), people);
        out.flush();
        RosterLowerBound.Bound plainBound = RosterLowerBound.beforeBreaks(plain);
        RosterLowerBound.Bound trainedBound = RosterLowerBound.beforeBreaks(trained);
        double boundCost = trainedBound.undercoveragePercent() - plainBound.undercoveragePercent();
        out.printf(Locale.ROOT, "LP lower bound before breaks: %.2f %% without training, %.2f %% with (%.1f s): training"
                + " must cost at least %.2f points%n", plainBound.undercoveragePercent(),
                trainedBound.undercoveragePercent(), trainedBound.millis() / 1000.0, boundCost);
        out.flush();

        RosterSolver.Outcome without = new RosterSolver(config()).solve(plain, null);
        RosterSolver.Outcome with = new RosterSolver(config()).solve(trained, null);
        CoverageReport plainCoverage = CoverageReport.of(without.roster());
        CoverageReport trainedCoverage = CoverageReport.of(with.roster());
        long placed = with.roster().getTrainingSessions().stream().filter(TrainingSession::isPlaced).count();
        long beforeDue = with.roster().getTrainingSessions().stream()
                .filter(s -> s.isPlaced() && s.getDay() <= s.getNeed().lastDay()).count();
        double costBefore = trainedCoverage.undercoveragePercent() - plainCoverage.undercoveragePercent();
        double costAfter = trainedCoverage.undercoverageAfterBreaksPercent()
                - plainCoverage.undercoverageAfterBreaksPercent();
        double placement = (with.millisToStart() - without.millisToStart()) / 1000.0;
        String figures = String.format(Locale.ROOT,
                "without training: score %s, undercoverage %.2f %% before breaks, %.2f %% after%n"
                        + "with training:    score %s, undercoverage %.2f %% before breaks, %.2f %% after%n"
                        + "sessions placed %d of %d, %d before their due date; first roster with them after %.1f s"
                        + " (placing them took %.1f s of it)%n"
                        + "training costs %.2f points before breaks (%.2f after); the bound says at least %.2f: %.2f"
                        + " points above (goal <= %.1f)%n",
                without.score(), plainCoverage.undercoveragePercent(), plainCoverage.undercoverageAfterBreaksPercent(),
                with.score(), trainedCoverage.undercoveragePercent(), trainedCoverage.undercoverageAfterBreaksPercent(),
                placed, with.roster().getTrainingSessions().size(), beforeDue, with.millisToStart() / 1000.0,
                Math.max(0, placement), costBefore, costAfter, boundCost, costBefore - boundCost, GOAL_POINTS);
        out.print(figures);
        RosterExplanation explanation = new RosterExplainer(RosterSolver.config(RosterSolver.DEFAULT))
                .explain(with.roster());
        explanation.constraints().stream().filter(c -> c.matches() > 0).forEach(c -> out.printf(Locale.ROOT,
                "  %-42s %-22s %6d match(es)%n", c.constraint(), c.score(), c.matches()));
        out.flush();
        if (report) {
            BenchmarkReport.inWorkingDirectory().writeSection("roster-training", "Training placed in the roster",
                    "java -jar target/frontline.jar bench training --agents " + agents + " --weeks " + weeks
                            + (moves != null ? " --moves " + moves : " --seconds " + seconds) + " --capacity " + capacity
                            + " --seed " + seed + " --report",
                    String.format(Locale.ROOT, "The generated centre rostered twice with the same seed and search, with"
                            + " and without the issue's training (%d sessions, %d person-sessions); system load average"
                            + " %.1f on %d processors when the run ended.%n%n```%nLP lower bound before breaks: %.2f %%"
                            + " without training, %.2f %% with%n%s```%n", trained.getTrainingSessions().size(), people,
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                            Runtime.getRuntime().availableProcessors(), plainBound.undercoveragePercent(),
                            trainedBound.undercoveragePercent(), figures));
        }
        return 0;
    }

    private SolverConfig config() {
        SolverConfig config = RosterSolver.config(RosterSolver.DEFAULT, Duration.ofSeconds(seconds),
                Duration.ofSeconds(seconds), seed);
        if (moves != null) {
            config.setTerminationConfig(new TerminationConfig().withMoveCountLimit(moves));
        }
        return config;
    }
}
