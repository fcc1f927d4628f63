package dev.frontline.roster.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import dev.frontline.roster.engine.BankCentre;
import dev.frontline.roster.engine.CentreGenerator;
import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.QueueTraffic;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterConstraints;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.engine.RosterServiceLevelSimulation;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.engine.WishReport;
import dev.frontline.shared.bench.BenchmarkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "roster", mixinStandardHelpOptions = true,
        description = "Rosters a generated contact centre (6 queues, 2 offices, multi-skilled agents; or 2 queues with "
                + "--cross-skilled), or a centre built from a bank's real call arrivals (--bank-arrivals), and reports "
                + "feasibility, speed and coverage against the LP lower bound.")
public class RosterBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agents", defaultValue = "150", description = "Agents (default ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--weeks", defaultValue = "4", description = "Weeks in the horizon (default ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--seconds", defaultValue = "60", description = "Time limit (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--moves", description = "Stop after this many evaluated moves instead of after --seconds: the same "
            + "search whatever the machine's load, for comparing changes to the search.")
    Long moves;

    @Option(names = "--capacity", defaultValue = "1.15",
            description = "Contracted capacity / requirement (default ${DEFAULT-VALUE}).")
    double capacity;

    private static final int SIMULATION_REPLICATIONS = 5;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the centre and the solver (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--config", defaultValue = RosterSolver.DEFAULT, description = "Solver configuration (default ${DEFAULT-VALUE}).")
    String config;

    @Option(names = "--report", description = "Write the figures into the benchmark report (section 'roster').")
    boolean report;

    @Option(names = "--cross-skilled", description = "A two-queue centre (voice and chat) on which this share of the "
            + "agents is skilled for both; with --bank-arrivals, two language queues. Default: the six-queue centre.")
    Double crossSkilled;

    @Option(names = "--bank-arrivals", description = "Folder with the US bank's calls_5min.csv: roster 500 agents "
            + "against four weeks of its real arrivals (Erlang C, peak about 400 agents) instead of a generated centre; "
            + "skipped when the file is missing.")
    Path bankArrivals;

    @Option(names = "--database-from", paramLabel = "MONDAY", description = "Roster the problem the database named by "
            + "SPRING_DATASOURCE_URL holds for --weeks whole weeks from this Monday, as the Roster screen loads a new "
            + "draft (e.g. the demo centre's first roster), instead of a generated centre.")
    LocalDate databaseFrom;

    @Option(names = "--wishes", defaultValue = "GENERATED", description = "The generated centre's wishes: GENERATED "
            + "(its own) or DEMO (shaped like the demo's preference windows; --report then writes only the section on "
            + "wishes and fairness). Default: ${DEFAULT-VALUE}.")
    CentreGenerator.Wishes wishes;

    @Option(names = "--wish-weight", description = "A planner's override of the four wish rules' weights (shift-on and "
            + "shift-off request, preferred start, location preference), as the Weights screen sets them: each wish then "
            + "costs this many times its priority. Default: the rules' own weight (1).")
    Long wishWeight;

    @Option(names = "--weight", description = "A planner's override of one rule's soft weight, as the Weights screen "
            + "sets it, e.g. --weight \"Fair share of weekends=30\"; repeatable, applied after --wish-weight.")
    Map<String, Long> weights;

    @Option(names = "--no-bound", description = "Skip the LP lower bound (minutes on a large centre) when only the "
            + "solve is measured; the closing line then shows lower_bound=n/a.")
    boolean noBound;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (seconds < 1) {
            throw new IllegalArgumentException("--seconds " + seconds + " must be at least 1");
        }
        if (moves != null && moves < 1) {
            throw new IllegalArgumentException("--moves " + moves + " must be at least 1");
        }
        if (bankArrivals != null && !BankCentre.exists(bankArrivals)) {
            out.println("bank arrivals " + bankArrivals.resolve(BankCentre.FILE) + " not found; skipping");
            return 0;
        }
        CentreGenerator.Centre centre = databaseFrom != null
                ? new CentreGenerator.Centre(DatabaseProblem.load("database " + databaseFrom, databaseFrom, weeks).build(),
                        List.of())
                : bankArrivals != null
                        ? BankCentre.build(bankArrivals, crossSkilled == null ? 0 : crossSkilled, seed)
                        : CentreGenerator.generateCentre(agents, weeks, capacity, seed, crossSkilled, wishes);
        Roster problem = centre.roster();
        if (wishWeight != null || weights != null) {
            Map<String, HardSoftLongScore> overrides = new java.util.HashMap<>();
            if (problem.getConstraintWeightOverrides() != null) {
                problem.getConstraintWeightOverrides().getKnownConstraintNames()
                        .forEach(name -> overrides.put(name, problem.getConstraintWeightOverrides().getConstraintWeight(name)));
            }
            if (wishWeight != null) {
                if (wishWeight < 0) {
                    throw new IllegalArgumentException("--wish-weight " + wishWeight + " must not be negative");
                }
                for (String rule : List.of(RosterConstraints.SHIFT_ON_REQUEST, RosterConstraints.SHIFT_OFF_REQUEST,
                        RosterConstraints.PREFERRED_START, RosterConstraints.LOCATION_PREFERENCE)) {
                    overrides.put(rule, HardSoftLongScore.ofSoft(wishWeight));
                }
            }
            if (weights != null) {
                weights.forEach((rule, weight) -> {
                    if (!RosterConstraints.SOFT.contains(rule) || weight < 0) {
                        throw new IllegalArgumentException("--weight " + rule + "=" + weight
                                + ": name a soft rule (" + String.join(", ", RosterConstraints.SOFT)
                                + ") and a weight of 0 or more");
                    }
                    overrides.put(rule, HardSoftLongScore.ofSoft(weight));
                });
            }
            problem.setConstraintWeightOverrides(ConstraintWeightOverrides.of(overrides));
        }
        out.printf(Locale.ROOT, "%s: %d agents, %d days, %d shift types, %d interval requirements%s%n",
                problem.getName(), problem.getAgents().size(), problem.getHorizonDays(), problem.getShiftTypes().size(),
                problem.getIntervalDemands().size(), bankArrivals != null || databaseFrom != null ? ""
                        : String.format(Locale.ROOT, ", capacity ratio %.2f", capacity));
        out.flush();
        CoverageSummary summary = noBound ? CoverageSummary.none() : CoverageSummary.bound(problem, out);
        SolverConfig solverConfig = RosterSolver.config(config, Duration.ofSeconds(seconds), Duration.ofSeconds(seconds), seed);
        if (moves != null) {
            solverConfig.setTerminationConfig(new TerminationConfig().withMoveCountLimit(moves));
        }
        RosterSolver solver = new RosterSolver(solverConfig);
        RosterSolver.Outcome outcome = solver.solve(problem, null);
        CoverageReport coverage = CoverageReport.of(outcome.roster());
        RosterExplanation explanation = new RosterExplainer(RosterSolver.config(config)).explain(outcome.roster());
        StringBuilder breakdown = new StringBuilder();
        explanation.constraints().stream().filter(c -> c.matches() > 0).forEach(c -> breakdown.append(String.format(
                Locale.ROOT, "  %-42s %-22s %6d match(es)%n", c.constraint(), c.score(), c.matches())));
        String feasibleAfter = outcome.millisToFirstFeasible() < 0 ? "never"
                : String.format(Locale.ROOT, "%.1f s", outcome.millisToFirstFeasible() / 1000.0);
        out.printf(Locale.ROOT, "score %s after %.1f s (best at %.1f s), first feasible after %s%n", outcome.score(),
                outcome.millisSpent() / 1000.0, outcome.millisToBest() / 1000.0, feasibleAfter);
        out.printf(Locale.ROOT, "first roster %s after %.1f s (start phase)%n", outcome.startScore(),
                outcome.millisToStart() / 1000.0);
        out.printf(Locale.ROOT, "move evaluation speed %d/s%n", outcome.moveEvaluationsPerSecond());
        out.printf(Locale.ROOT, "required %.1f agent-hours, unmet %.1f, over %.1f%n", coverage.requiredAgentHours(),
                coverage.unmetAgentHours(), coverage.overAgentHours());
        out.print("score breakdown:\n" + breakdown);
        out.print(hardBreaches(outcome.roster(), explanation));
        // a database problem carries requirements, not the contact traffic behind them: nothing to simulate
        String service = centre.traffic().isEmpty() ? "" : simulatedService(outcome.roster(), centre.traffic());
        out.print(service);
        String wishesText = wishes(outcome.roster(), coverage);
        out.print(wishesText);
        boolean demoWishes = wishes == CentreGenerator.Wishes.DEMO && databaseFrom == null && bankArrivals == null;
        if (report && !demoWishes) {
            BenchmarkReport.inWorkingDirectory().writeSection("roster", "Roster engine on a generated contact centre",
                    "java -jar target/frontline.jar bench roster --agents " + agents + " --weeks " + weeks + " --seconds "
                            + seconds + " --capacity " + capacity + " --seed " + seed + " --report",
                    String.format(Locale.ROOT, "| agents | weeks | score | first feasible | move evals/s | undercoverage |%n"
                            + "|---:|---:|---|---:|---:|---:|%n| %d | %d | %s | %s | %d | %.1f %% |%n%nScore breakdown:%n%n```%n%s```%n",
                            agents, weeks, outcome.score(), feasibleAfter, outcome.moveEvaluationsPerSecond(),
                            coverage.undercoveragePercent(), breakdown) + String.format(Locale.ROOT, "%n```%n%s```%n", service));
        }
        if (report) {
            BenchmarkReport.inWorkingDirectory().writeSection("roster-wishes", "Wishes and fairness in the roster",
                    "java -jar target/frontline.jar bench roster --agents " + agents + " --weeks " + weeks + " --seconds "
                            + seconds + " --capacity " + capacity + " --seed " + seed + (demoWishes ? " --wishes DEMO" : "")
                            + (moves != null ? " --moves " + moves : "") + (wishWeight != null ? " --wish-weight " + wishWeight : "")
                            + (weights != null ? weights.entrySet().stream().map(w -> " --weight \"" + w.getKey() + "="
                                    + w.getValue() + "\"").collect(java.util.stream.Collectors.joining()) : "")
                            + (noBound ? " --no-bound" : "") + " --report",
                    String.format(Locale.ROOT, "%s, solved for %s: %d move evaluations/s, %s;"
                            + " score %s, first feasible after %s; system load average %.1f on %d processors when the"
                            + " run ended.%n%n```%n%s```%n", demoWishes ? "The generated centre with wishes shaped like"
                            + " the demo's preference windows (`CentreGenerator.Wishes.DEMO`)" : "The generated centre's"
                            + " own day requests, preferred starts and location preferences",
                            moves != null ? moves + " local-search moves (" + outcome.millisSpent() / 1000 + " s)" : seconds + " s",
                            outcome.moveEvaluationsPerSecond(), (moves != null ? moves : outcome.moveEvaluationsPerSecond() * (long) seconds)
                                    + " moves evaluated in all",
                            outcome.score(), feasibleAfter,
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                            Runtime.getRuntime().availableProcessors(), wishesText));
        }
        double feasibleSeconds = outcome.millisToFirstFeasible() < 0 ? -1 : outcome.millisToFirstFeasible() / 1000.0;
        out.printf(Locale.ROOT, "feasible_after=%.1fs%n", feasibleSeconds);
        out.println(summary.line(outcome.roster(), -outcome.score().hardScore()));
        return 0;
    }

    /**
     * The agents' wishes (day requests, preferred starts, location preferences, as the demo's preference windows give
     * the engine) honoured, with under-coverage after breaks beside it, and the Gini coefficients of weekends worked and
     * office days across agents.
     */
    /** Broken hard rules shown per breach, at most this many. */
    private static final int HARD_BREACHES_SHOWN = 20;

    /**
     * Each broken hard rule naming an agent, with the agent's horizon as one character a day, so a reader sees what the
     * rule met: W worked, L the agent's own leave, T other time off (a fixed day off), U no shift type the day's
     * availability allows, . free; the breach's day in brackets.
     */
    static String hardBreaches(Roster solved, RosterExplanation explanation) {
        java.util.Set<String> leave = new java.util.HashSet<>();
        java.util.Set<String> timeOff = new java.util.HashSet<>();
        solved.getTimeOffs().forEach(t -> (t.leave() ? leave : timeOff).add(t.agent().id() + "#" + t.day()));
        StringBuilder text = new StringBuilder();
        explanation.hardBreaches().stream().filter(b -> b.why().agentId() != null).limit(HARD_BREACHES_SHOWN).forEach(b -> {
            String agentId = b.why().agentId();
            StringBuilder days = new StringBuilder();
            for (int day = 0; day < solved.getHorizonDays(); day++) {
                var agentDay = solved.agentDay(agentId, day);
                String key = agentId + "#" + day;
                char c = agentDay.isWorking() ? 'W' : leave.contains(key) ? 'L' : timeOff.contains(key) ? 'T'
                        : agentDay.getOfferedShifts().isEmpty() ? 'U' : '.';
                boolean marked = b.why().day() != null && b.why().day() == day;
                days.append(marked ? "[" : "").append(c).append(marked ? "]" : "");
            }
            text.append(String.format(Locale.ROOT, "  hard: %-36s %-8s %s%n", b.constraint(), agentId, days));
        });
        return text.toString();
    }

    private static String wishes(Roster solved, CoverageReport coverage) {
        WishReport report = WishReport.of(solved);
        StringBuilder kinds = new StringBuilder();
        report.byKind().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> kinds.append(
                String.format(Locale.ROOT, "  %-8s %4d of %4d%n", e.getKey(), e.getValue().honoured(), e.getValue().wishes())));
        StringBuilder weekends = new StringBuilder();
        for (int w = 0; w < report.weekendsWorked().size(); w++) {
            weekends.append(String.format(Locale.ROOT, "%s%d: %d", w == 0 ? "" : ", ", w, report.weekendsWorked().get(w)));
        }
        return String.format(Locale.ROOT, "wishes honoured %d of %d = %.1f %% (goal >= 90 %%) at undercoverage after breaks"
                        + " %.1f %% (goal <= 3 %%)%n%sGini of weekends worked %.3f (goal <= 0.1); agents by weekends worked"
                        + " %s%nGini of the share of asked-for office days granted %.3f over the %d agents asking for"
                        + " office days by contract or wish (goal <= 0.1)%nGini of office days over all office-eligible"
                        + " agents %.3f (the contracts' mix: no goal)%n",
                report.honoured(), report.wishes(), 100 * report.honouredShare(), coverage.undercoverageAfterBreaksPercent(),
                kinds, report.weekendGini(), weekends, report.officeShareGini(), report.officeAskers(),
                report.officeDayGini());
    }

    /** The first week of the solved roster replayed in the staffing simulator: the service it really gives. */
    private String simulatedService(Roster solved, List<QueueTraffic> traffic) {
        int days = Math.min(7, solved.getHorizonDays());
        List<RosterServiceLevelSimulation.QueueService> services = RosterServiceLevelSimulation.simulate(solved, traffic, days,
                SIMULATION_REPLICATIONS, seed);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "simulated service, first %d days, %d replications (breaks taken out, agents blended over their skills):%n",
                days, SIMULATION_REPLICATIONS));
        for (RosterServiceLevelSimulation.QueueService s : services) {
            if (!s.hadContacts()) {
                text.append(String.format(Locale.ROOT, "  %-14s no contacts in these days%n", s.queueId()));
                continue;
            }
            text.append(String.format(Locale.ROOT, "  %-14s %8.0f contacts  %5.1f %% ± %.1f within %.0f s (goal %.0f %%)%s%n",
                    s.queueId(), s.offered().mean(), 100 * s.serviceLevel().mean(), 100 * s.serviceLevel().halfWidth(),
                    s.thresholdSeconds(), 100 * s.goal(), s.meetsGoal() ? "" : "  below goal"));
        }
        return text.toString();
    }
}
