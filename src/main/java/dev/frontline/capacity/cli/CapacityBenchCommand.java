package dev.frontline.capacity.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.commons.math3.random.Well19937c;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.frontline.attrition.engine.BandHazard;
import dev.frontline.attrition.engine.Employment;
import dev.frontline.attrition.engine.HazardByTenure;
import dev.frontline.capacity.engine.AttritionModel;
import dev.frontline.capacity.engine.CapacityInput;
import dev.frontline.capacity.engine.CapacityPlan;
import dev.frontline.capacity.engine.CapacityPlanner;
import dev.frontline.capacity.engine.HiringClass;
import dev.frontline.capacity.engine.frontier.FrontierInput;
import dev.frontline.capacity.engine.frontier.FrontierLevers;
import dev.frontline.capacity.engine.frontier.LeverModel;
import dev.frontline.capacity.engine.frontier.LeverModelFit;
import dev.frontline.capacity.engine.frontier.SpeedQualityFrontier;
import dev.frontline.capacity.engine.frontier.Term;
import dev.frontline.capacity.engine.HiringLimits;
import dev.frontline.capacity.engine.HiringOptimiser;
import dev.frontline.capacity.engine.OnboardingPath;
import dev.frontline.capacity.engine.PlanSettings;
import dev.frontline.capacity.engine.QueueDemand;
import dev.frontline.capacity.engine.QueueModel;
import dev.frontline.capacity.engine.SupplyAgent;
import dev.frontline.capacity.engine.WeeklyDemand;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.demo.DemoCentre;
import dev.frontline.demo.DemoCentreGenerator;
import dev.frontline.shared.bench.BenchmarkReport;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.staffing.engine.ServiceGoal;

/**
 * Times a 78-week capacity plan with hiring optimisation on the demo centre (generated in memory, no database) and
 * on a generated centre of 2,000 agents and 20 queues. Demand is seasonal-naive: each plan week takes the volume and
 * AHT of the same week of the last year of history, with an 80 % band of ±10 %. The engine and the optimiser are the
 * application's; only the inputs are built here rather than read from the database.
 */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = "Time a 78-week capacity plan with hiring optimisation on the demo and on a 2,000-agent centre.")
public class CapacityBenchCommand implements Callable<Integer> {

    static final double HOURS_PER_FTE = 40;
    static final double SHRINKAGE = 0.30;
    static final OnboardingPath PATH = new OnboardingPath("ONBOARDING", 3, 4, 0.5, 12);

    @Spec
    CommandSpec spec;

    @Option(names = "--weeks", defaultValue = "78", description = "Weeks planned (default ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--centre", defaultValue = "both", description = "demo, large or both (default ${DEFAULT-VALUE}).")
    String centre;

    @Option(names = "--solver-seconds", defaultValue = "5",
            description = "Time limit of the hiring optimisation per centre (default ${DEFAULT-VALUE}).")
    double solverSeconds;

    @Option(names = "--no-report", description = "Print only; do not write docs/benchmarks.md.")
    boolean noReport;

    @Option(names = "--backtest", description = "Instead of timing: plan 52 weeks from a year ago with what the demo "
            + "centre knew then and compare with what the following year needed, month by month.")
    boolean backtest;

    /** Weeks of demo history generated for the backtest: two years known at the cut-off, then the year compared. */
    static final int BACKTEST_HISTORY_WEEKS = 156;
    static final int BACKTEST_WEEKS = 52;

    /** One centre's run; {@code frontier} is null where the frontier was not timed. */
    record Run(String name, int agents, int queues, double planSeconds, double optimiseSeconds, double totalSeconds,
            int belowBefore, int belowAfter, int hires, int classes, String status, FrontierTime frontier) {
    }

    @Override
    public Integer call() {
        if (weeks < 1 || weeks > PlanSettings.MAX_WEEKS || !List.of("demo", "large", "both").contains(centre)) {
            throw new IllegalArgumentException("bench capacity: --weeks must lie in 1..78 and --centre be demo, large or both");
        }
        PrintWriter out = spec.commandLine().getOut();
        LocalDate last = DemoCentreGenerator.lastCompleteWeekEnd(LocalDate.now(Clock.systemUTC()));
        if (backtest) {
            return backtest(last, out);
        }
        List<Run> runs = new ArrayList<>();
        if (!centre.equals("large")) {
            runs.add(run("demo centre", demo(last), out));
        }
        if (!centre.equals("demo")) {
            runs.add(run("generated centre", large(last), out));
        }
        Run lastRun = runs.getLast();
        out.printf(Locale.ROOT, "weeks_below_goal=%d hires=%d seconds=%.1f%n", lastRun.belowAfter(), lastRun.hires(),
                lastRun.totalSeconds());
        out.flush();
        if (!noReport) {
            StringBuilder body = new StringBuilder(String.format(Locale.ROOT, """
                    %d-week plan from %s: required FTE per queue and week (Erlang C / chat slots per hour of the week,
                    30 %% shrinkage, 85 %% occupancy cap), supply from every agent's proficiency and tenure hazard, then the
                    hiring MIP (SCIP, 0.5 %% gap, %.0f s limit) and the plan again with its classes. Seasonal-naive demand
                    (the same week a year earlier). 2-core machine shared with other work.

                    | centre | agents | queues | plan s | optimise s | total s | queue-weeks below goal before → after | hires (classes) | solver |
                    |---|---|---|---|---|---|---|---|---|
                    """, weeks, last.plusDays(1), solverSeconds));
            for (Run r : runs) {
                body.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.1f | %d → %d | %d (%d) | %s |%n",
                        r.name(), r.agents(), r.queues(), r.planSeconds(), r.optimiseSeconds(), r.totalSeconds(),
                        r.belowBefore(), r.belowAfter(), r.hires(), r.classes(), r.status()));
            }
            for (Run r : runs) {
                if (r.frontier() != null) {
                    body.append(String.format(Locale.ROOT, "%nSpeed–quality frontier on the %s (timed apart from the plan;"
                            + " no KPI history here, so the time is its speed and cost part): %d settings in %.1f s, %d"
                            + " efficient.%n", r.name(), r.frontier().settings(), r.frontier().seconds(),
                            r.frontier().efficient()));
                }
            }
            body.append(String.format(Locale.ROOT, "%nLast line: `weeks_below_goal=%d hires=%d seconds=%.1f`.%n",
                    lastRun.belowAfter(), lastRun.hires(), lastRun.totalSeconds()));
            BenchmarkReport.inWorkingDirectory().writeSection("capacity", "Capacity plan and hiring optimisation",
                    "java -jar target/frontline.jar bench capacity", body.toString());
        }
        return 0;
    }

    /**
     * The backtest (docs/capacity.md): the demo centre generated with three years of history by the same generator and
     * seed, a plan from the Monday a year before the history ends, and each month's error in FTE.
     */
    private int backtest(LocalDate last, PrintWriter out) {
        long t0 = System.nanoTime();
        DemoCentre demo = new DemoCentreGenerator(DemoCentreGenerator.DEMO_SEED, last, BACKTEST_HISTORY_WEEKS).generate();
        LocalDate cutOff = last.plusDays(1).minusWeeks(BACKTEST_WEEKS);
        CapacityBacktest.Result r = CapacityBacktest.run(demo, cutOff, BACKTEST_WEEKS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder table = new StringBuilder("| month | weeks | planned required FTE | actually required FTE | error FTE"
                + " | error % | planned staff FTE | actual staff FTE | error FTE |\n|---|---|---|---|---|---|---|---|---|\n");
        for (CapacityBacktest.Month m : r.months()) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %+.1f | %+.1f %% | %.1f | %.1f | %+.1f |%n",
                    m.month(), m.weeks(), m.plannedRequired(), m.actualRequired(), m.requiredError(),
                    100 * m.requiredError() / m.actualRequired(), m.plannedStaff(), m.actualStaff(), m.staffError()));
        }
        out.printf(Locale.ROOT, "backtest: plan of %d weeks from %s, %d agents employed then, %d queues%s%n",
                r.weeks(), r.cutOff(), r.agents(), demo.queues().size() - r.skippedQueues().size(),
                r.skippedQueues().isEmpty() ? "" : " (not forecastable: " + String.join(", ", r.skippedQueues()) + ")");
        out.print(table);
        String lastLine = String.format(Locale.ROOT, "required_mae_fte=%.2f staff_mae_fte=%.2f mean_required_fte=%.1f seconds=%.1f",
                r.meanAbsRequiredError(), r.meanAbsStaffError(), r.meanActualRequired(), seconds);
        out.println(lastLine);
        out.flush();
        if (!noReport) {
            String body = String.format(Locale.ROOT, """
                    The demo centre generated with %d weeks of history (same generator and seed as the demo), a %d-week
                    plan from %s made with what was known that Monday: the long-range forecast (damped trend) fitted on
                    the history before it, the %d agents employed that day, the hazard by tenure from the exits
                    recorded before it. "Actually required" is the same requirement arithmetic (Erlang C per hour of
                    the week, 30 %% shrinkage, the queues' goals) on each week's actual volume and AHT; "actual staff"
                    is the FTE × proficiency of that day's agents still employed each week (the plan's supply before
                    any hire). Errors are planned − actual, the mean of the weeks starting in the month, summed over
                    the queues.

                    %s
                    Mean absolute error per month: required %.2f FTE (of %.1f FTE on average), staff %.2f FTE.

                    Last line: `%s`.
                    """, BACKTEST_HISTORY_WEEKS, r.weeks(), r.cutOff(), r.agents(), table, r.meanAbsRequiredError(),
                    r.meanActualRequired(), r.meanAbsStaffError(), lastLine);
            BenchmarkReport.inWorkingDirectory().writeSection("capacity-backtest",
                    "Capacity plan backtest (a plan made a year ago)",
                    "java -jar target/frontline.jar bench capacity --backtest", body);
        }
        return 0;
    }

    private Run run(String name, Centre c, PrintWriter out) {
        long t0 = System.nanoTime();
        CapacityPlan before = CapacityPlanner.plan(c.input());
        long t1 = System.nanoTime();
        HiringOptimiser.Proposal proposal = HiringOptimiser.propose(c.input(), c.limits(), Cancellation.NONE);
        long t2 = System.nanoTime();
        CapacityPlan after = CapacityPlanner.plan(c.input().withClasses(proposal.classes()));
        long t3 = System.nanoTime();
        int hires = proposal.classes().stream().mapToInt(HiringClass::size).sum();
        int agents = (int) c.input().agents().stream().map(SupplyAgent::id).distinct().count();
        Run r = new Run(name, agents, c.input().queues().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t0) / 1e9,
                before.summary().weeksBelowGoal(), after.summary().weeksBelowGoal(), hires, proposal.classes().size(),
                proposal.status(), null);
        out.printf(Locale.ROOT, "%s: %d agents, %d queues, %d weeks from %s%n", name, r.agents(), r.queues(), weeks,
                c.input().settings().firstWeek());
        out.printf(Locale.ROOT, "  plan %.2f s; optimisation %.2f s (%s, %d candidate classes); total %.1f s%n",
                r.planSeconds(), r.optimiseSeconds(), r.status(), proposal.candidates(), r.totalSeconds());
        out.printf(Locale.ROOT, "  queue-weeks below goal %d -> %d; %d hires in %d classes; peak required %.1f FTE%n",
                r.belowBefore(), r.belowAfter(), hires, r.classes(), after.summary().peakRequiredFte());
        if (c.input().agents().size() < 1_000) {
            // the demo-sized centre only: 324 settings on the 2,000-agent centre would double the benchmark's time
            FrontierTime frontier = frontier(c);
            out.printf(Locale.ROOT, "  speed-quality frontier: %d settings in %.1f s, %d efficient%n",
                    frontier.settings(), frontier.seconds(), frontier.efficient());
            r = new Run(r.name(), r.agents(), r.queues(), r.planSeconds(), r.optimiseSeconds(), r.totalSeconds(),
                    r.belowBefore(), r.belowAfter(), r.hires(), r.classes(), r.status(), frontier);
        }
        out.flush();
        return r;
    }

    /**
     * Times the speed–quality frontier's grid on the centre. The quality models need the database's KPI history, so
     * here they have no observations and predict nothing: the time is the speed and cost part, which dominates.
     */
    private static FrontierTime frontier(Centre c) {
        OnboardingPath path = c.limits().pathByQueue().values().stream().findFirst().orElseThrow();
        FrontierLevers current = new FrontierLevers(path.classroomWeeks(), path.nestingWeeks(), 0, null,
                100 * c.input().queues().getFirst().model().goal().maxOccupancy());
        Map<Term, Double> centre = LeverModel.levers(path.classroomWeeks(), path.nestingWeeks(), 0);
        LeverModel none = LeverModelFit.fit(LeverModel.Measure.QA, List.of(), centre, EnumSet.allOf(Term.class));
        long t0 = System.nanoTime();
        SpeedQualityFrontier.Result result = SpeedQualityFrontier.compute(new FrontierInput(c.input().withClasses(List.of()),
                c.limits().pathByQueue(), c.limits().earliestStart(), c.limits().minClassSize(), current, current,
                FrontierInput.grid(current), none, none, none), Cancellation.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new FrontierTime(result.points().size(), (int) result.points().stream().filter(p -> p.efficient()).count(),
                seconds);
    }

    record FrontierTime(int settings, int efficient, double seconds) {
    }

    record Centre(CapacityInput input, HiringLimits limits) {
    }

    private Centre demo(LocalDate last) {
        DemoCentre demo = new DemoCentreGenerator(DemoCentreGenerator.DEMO_SEED, last).generate();
        LocalDate first = last.plusDays(1);
        PlanSettings settings = new PlanSettings(first, weeks, HOURS_PER_FTE, PlanSettings.sameEveryMonth(SHRINKAGE));
        // weekly volume and AHT of the history by queue and week, and each queue's hour-of-week shape
        Map<String, TreeMap<LocalDate, double[]>> byWeek = new HashMap<>();
        Map<String, double[]> shape = new HashMap<>();
        LocalDate shapeFrom = first.minusWeeks(8);
        for (DemoCentre.HistoryRow h : demo.history()) {
            LocalDate day = h.intervalStart().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            double[] w = byWeek.computeIfAbsent(h.queueCode(), k -> new TreeMap<>()).computeIfAbsent(week, k -> new double[2]);
            w[0] += h.offered();
            w[1] += h.offered() * (h.ahtSeconds() == null ? 0 : h.ahtSeconds());
            if (!day.isBefore(shapeFrom)) {
                int hourOfWeek = (day.getDayOfWeek().getValue() - 1) * 24
                        + h.intervalStart().withOffsetSameInstant(ZoneOffset.UTC).getHour();
                shape.computeIfAbsent(h.queueCode(), k -> new double[168])[hourOfWeek] += h.offered();
            }
        }
        List<QueueDemand> queues = new ArrayList<>();
        Map<String, String> siteOf = new HashMap<>();
        for (DemoCentre.QueueSpec q : demo.queues()) {
            Map<String, Integer> sites = new HashMap<>();
            demo.agents().stream().filter(a -> a.active() && a.skillProficiency().containsKey(q.code()))
                    .forEach(a -> sites.merge(a.homeSiteCode(), 1, Integer::sum));
            String site = sites.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("IST");
            siteOf.put(q.code(), site);
            List<double[]> history = new ArrayList<>(byWeek.get(q.code()).values());
            // whole weeks only: the first may be cut by the history's start
            history = history.subList(history.size() - 52, history.size());
            List<WeeklyDemand> demand = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                double[] h = history.get(w % 52);
                double aht = h[0] > 0 ? h[1] / h[0] : q.ahtSeconds();
                demand.add(new WeeklyDemand(settings.week(w), h[0], h[0] * 0.9, h[0] * 1.1, aht > 0 ? aht : q.ahtSeconds()));
            }
            queues.add(new QueueDemand(q.code(), site, model(q.channel(), q.slTargetPercent(), q.slThresholdSeconds(),
                    q.chatConcurrency()), shares(shape.get(q.code())), 60, demand));
        }
        Map<String, Integer> minutes = new HashMap<>();
        demo.contracts().forEach(c -> minutes.put(c.code(), c.maxMinutesPerWeek()));
        List<SupplyAgent> agents = new ArrayList<>();
        List<Employment> employments = new ArrayList<>();
        for (DemoCentre.AgentSpec a : demo.agents()) {
            employments.add(new Employment(a.employeeNumber(), a.hireDate(), a.exitDate(), true, a.exitReason(), Map.of()));
            if (!a.active()) {
                continue;
            }
            List<Map.Entry<String, Double>> skills = a.skillProficiency().entrySet().stream()
                    .filter(e -> siteOf.containsKey(e.getKey())).toList();
            for (var e : skills) {
                agents.add(SupplyAgent.steady(a.employeeNumber(), e.getKey(), a.hireDate(),
                        minutes.get(a.contractCode()) / 60.0 / HOURS_PER_FTE / skills.size(), e.getValue()));
            }
        }
        LocalDate recordsFrom = employments.stream().filter(e -> e.exitDate() != null).map(Employment::exitDate)
                .min(LocalDate::compareTo).orElse(last.minusYears(2)).withDayOfMonth(1);
        List<BandHazard> hazards = HazardByTenure.fit(employments, HazardByTenure.lastMonths(recordsFrom, first, 24));
        CapacityInput input = new CapacityInput(settings, queues, agents, AttritionModel.of(hazards), List.of(), List.of());
        return new Centre(input, limits(first, queues));
    }

    private HiringLimits limits(LocalDate first, List<QueueDemand> queues) {
        Map<String, OnboardingPath> paths = new HashMap<>();
        Map<String, Integer> parallel = new HashMap<>();
        for (QueueDemand q : queues) {
            paths.put(q.queueCode(), PATH);
            parallel.put(q.siteCode(), 4);
        }
        return new HiringLimits(first.plusWeeks(4), 4, 12, parallel, 100_000, paths, solverSeconds);
    }

    /** 20 queues over voice and chat at four sites, 2,000 agents with one to three skills, two years of hires. */
    private Centre large(LocalDate last) {
        Well19937c random = new Well19937c(20_261_206L);
        LocalDate first = last.plusDays(1);
        PlanSettings settings = new PlanSettings(first, weeks, HOURS_PER_FTE, PlanSettings.sameEveryMonth(SHRINKAGE));
        String[] sites = {"S1", "S2", "S3", "S4"};
        double[] voiceShape = shares(dayShape(12, 8));
        List<QueueDemand> queues = new ArrayList<>();
        for (int q = 0; q < 20; q++) {
            boolean chat = q % 4 == 3;
            double base = 14_000 + random.nextInt(6000);
            double peakWeek = random.nextInt(52);
            List<WeeklyDemand> demand = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                // an annual season with one peak a year, up to 35 % above the base
                double season = 1 + 0.35 * Math.exp(-Math.pow(Math.min(Math.abs(w % 52 - peakWeek), 52 - Math.abs(w % 52 - peakWeek)) / 4.0, 2));
                double v = base * season;
                demand.add(new WeeklyDemand(settings.week(w), v, v * 0.9, v * 1.1, chat ? 420 : 300));
            }
            queues.add(new QueueDemand("Q" + (q + 1), sites[q % 4], chat
                    ? QueueModel.chat(ServiceGoal.of(80, 60).withMaxOccupancyPercent(85), 3)
                    : QueueModel.voice(ServiceGoal.of(80, 20).withMaxOccupancyPercent(85)), voiceShape, 60, demand));
        }
        List<SupplyAgent> agents = new ArrayList<>();
        for (int a = 0; a < 2000; a++) {
            String site = sites[a % 4];
            List<String> mine = new ArrayList<>();
            int held = 1 + random.nextInt(3);
            while (mine.size() < held) {
                String queue = "Q" + (1 + (a % 4) + 4 * random.nextInt(5));
                if (!mine.contains(queue)) {
                    mine.add(queue);
                }
            }
            LocalDate hired = first.minusDays(30 + random.nextInt(900));
            double fte = (random.nextDouble() < 0.8 ? 1.0 : 0.75) / mine.size();
            for (String queue : mine) {
                agents.add(SupplyAgent.steady("A" + a + "@" + site, queue, hired, fte, 0.7 + 0.3 * random.nextDouble()));
            }
        }
        // a centre with about 25 % annual turnover, highest in the first 90 days
        double[] rates = {0.045, 0.03, 0.022, 0.018, 0.015, 0.012};
        double[] low = new double[6];
        double[] high = new double[6];
        for (int b = 0; b < 6; b++) {
            low[b] = rates[b] * 0.8;
            high[b] = rates[b] * 1.25;
        }
        CapacityInput input = new CapacityInput(settings, queues, agents, AttritionModel.of(rates, low, high), List.of(),
                List.of());
        return new Centre(input, limits(first, queues));
    }

    private static double[] dayShape(int openHours, int opensAt) {
        double[] shape = new double[168];
        for (int d = 0; d < 7; d++) {
            double day = d < 5 ? 1.0 : 0.5;
            for (int h = 0; h < openHours; h++) {
                shape[d * 24 + opensAt + h] = day * (1 + 0.5 * Math.sin(Math.PI * (h + 0.5) / openHours));
            }
        }
        return shape;
    }

    static QueueModel model(ChannelType channel, Double sl, Integer threshold, Integer concurrency) {
        if (channel == ChannelType.VOICE || channel == ChannelType.VIDEO) {
            return QueueModel.voice(ServiceGoal.of(sl, threshold).withMaxOccupancyPercent(85));
        }
        if (channel == ChannelType.CHAT) {
            return QueueModel.chat(ServiceGoal.of(sl, threshold).withMaxOccupancyPercent(85), concurrency);
        }
        return QueueModel.deferred(0.85);
    }

    static double[] shares(double[] shape) {
        double total = 0;
        int open = 0;
        for (double v : shape) {
            total += v;
            open += v > 0 ? 1 : 0;
        }
        double[] out = new double[open];
        int i = 0;
        for (double v : shape) {
            if (v > 0) {
                out[i++] = v / total;
            }
        }
        return out;
    }

}
