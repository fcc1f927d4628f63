package dev.frontline.capacity.engine;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

import dev.frontline.shared.progress.Cancellation;

/**
 * Proposes hiring classes that close the plan's gaps, as a mixed-integer programme solved by SCIP (bundled with
 * OR-Tools):
 * <pre>
 *   x_qs ∈ {0} ∪ [min, seats]  hires of queue q's class starting in week s (open: y_qs ∈ {0,1})
 *   short_qw ≥ required_qw − supply_qw − Σ_s a_qsw · x_qs,   short_qw ≥ 0
 *   short_qw ≤ tolerance + gap_qw · below_qw                 below_qw ∈ {0,1}: week w of queue q is below goal
 *   Σ_{q at site, s ≤ w &lt; s + classroom} y_qs ≤ parallel classes of the site     (trainers and rooms)
 *   Σ x_qs ≤ hiring budget
 *   minimise 1000 · Σ below + Σ x + 0.01 · Σ short
 * </pre>
 * {@code a_qsw} is one hire's FTE in week w (0 in the classroom, the nesting ramp after, times the chance of still
 * being employed), so a class only ever counts from the week its classroom ends; start weeks before the earliest start
 * (the recruiting lead time) or whose classroom would end after the horizon are not candidates at all.
 */
public final class HiringOptimiser {

    static final double BELOW_WEIGHT = 1000;
    static final double HIRE_WEIGHT = 1;
    static final double SHORT_WEIGHT = 0.01;

    /** The classes proposed, and how the solver finished. */
    public record Proposal(List<HiringClass> classes, String status, double seconds, int candidates) {
    }

    private HiringOptimiser() {
    }

    public static Proposal propose(CapacityInput input, HiringLimits limits, Cancellation cancel) {
        long started = System.nanoTime();
        PlanSettings settings = input.settings();
        int weeks = settings.weeks();
        AttritionModel attrition = input.attrition();
        Map<String, List<SupplyAgent>> agentsByQueue = new HashMap<>();
        for (SupplyAgent a : input.agents()) {
            agentsByQueue.computeIfAbsent(a.queueCode(), k -> new ArrayList<>()).add(a);
        }
        int firstStart = (int) Math.max(0, ChronoUnit.WEEKS.between(settings.firstWeek(), limits.earliestStart()));

        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no SCIP solver on this platform");
        }
        try {
            MPObjective objective = solver.objective();
            objective.setMinimization();
            List<Candidate> candidates = new ArrayList<>();
            Map<String, List<List<MPVariable>>> inClassroom = new HashMap<>();
            MPConstraint budget = solver.makeConstraint(0, limits.hiringBudget(), "budget");
            boolean anyGap = false;
            for (QueueDemand queue : input.queues()) {
                cancel.throwIfCancelled("hiring optimisation stopped");
                OnboardingPath path = limits.pathByQueue().get(queue.queueCode());
                CapacityPlanner.Supply supply = CapacityPlanner.supply(input, queue,
                        agentsByQueue.getOrDefault(queue.queueCode(), List.of()));
                double[] gap = new double[weeks];
                for (int w = 0; w < weeks; w++) {
                    WeeklyDemand d = queue.weeks().get(w);
                    double required = CapacityPlanner.requiredFte(queue, d.volume(), d.ahtSeconds(),
                            queue.shrinkage(settings, settings.week(w)), settings.hoursPerFte());
                    gap[w] = required - supply.expected()[w];
                }
                List<Candidate> mine = new ArrayList<>();
                if (path != null) {
                    int largest = limits.largestClass(path);
                    for (int s = firstStart; s + path.classroomWeeks() < weeks && largest >= limits.minClassSize(); s++) {
                        HiringClass probe = new HiringClass(queue.queueCode(), queue.siteCode(), settings.week(s), 1, path, true);
                        double[] perHire = new double[weeks];
                        for (int w = s + path.classroomWeeks(); w < weeks; w++) {
                            perHire[w] = probe.ftePerHire(settings.week(w), attrition, AttritionModel.Bound.EXPECTED);
                        }
                        MPVariable open = solver.makeBoolVar("");
                        MPVariable hires = solver.makeIntVar(0, largest, "");
                        MPConstraint atLeast = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "");
                        atLeast.setCoefficient(hires, 1);
                        atLeast.setCoefficient(open, -limits.minClassSize());
                        MPConstraint atMost = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                        atMost.setCoefficient(hires, 1);
                        atMost.setCoefficient(open, -largest);
                        objective.setCoefficient(hires, HIRE_WEIGHT);
                        budget.setCoefficient(hires, 1);
                        List<List<MPVariable>> site = inClassroom.computeIfAbsent(queue.siteCode(), k -> {
                            List<List<MPVariable>> byWeek = new ArrayList<>();
                            for (int w = 0; w < weeks; w++) {
                                byWeek.add(new ArrayList<>());
                            }
                            return byWeek;
                        });
                        for (int w = s; w < Math.min(weeks, s + Math.max(1, path.classroomWeeks())); w++) {
                            site.get(w).add(open);
                        }
                        mine.add(new Candidate(queue, path, s, perHire, hires));
                    }
                }
                candidates.addAll(mine);
                for (int w = 0; w < weeks; w++) {
                    if (gap[w] <= PlanWeek.TOLERANCE_FTE) {
                        continue;
                    }
                    anyGap = true;
                    MPVariable shortfall = solver.makeNumVar(0, gap[w], "");
                    MPVariable below = solver.makeBoolVar("");
                    objective.setCoefficient(shortfall, SHORT_WEIGHT);
                    objective.setCoefficient(below, BELOW_WEIGHT);
                    MPConstraint cover = solver.makeConstraint(gap[w], Double.POSITIVE_INFINITY, "");
                    cover.setCoefficient(shortfall, 1);
                    for (Candidate c : mine) {
                        if (c.perHire[w] > 0) {
                            cover.setCoefficient(c.hires, c.perHire[w]);
                        }
                    }
                    MPConstraint counted = solver.makeConstraint(Double.NEGATIVE_INFINITY, PlanWeek.TOLERANCE_FTE / 2, "");
                    counted.setCoefficient(shortfall, 1);
                    counted.setCoefficient(below, -gap[w]);
                }
            }
            if (!anyGap || candidates.isEmpty()) {
                return new Proposal(List.of(), "NOTHING_TO_CLOSE", seconds(started), candidates.size());
            }
            inClassroom.forEach((site, byWeek) -> {
                int parallel = limits.parallelClasses().getOrDefault(site, 1);
                for (List<MPVariable> open : byWeek) {
                    if (open.size() > parallel) {
                        MPConstraint rooms = solver.makeConstraint(0, parallel, "");
                        open.forEach(v -> rooms.setCoefficient(v, 1));
                    }
                }
            });
            solver.setTimeLimit((long) (limits.secondsLimit() * 1000));
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.005);
            MPSolver.ResultStatus status = solver.solve(parameters);
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return new Proposal(List.of(), status.name(), seconds(started), candidates.size());
            }
            List<HiringClass> classes = new ArrayList<>();
            for (Candidate c : candidates) {
                int size = (int) Math.round(c.hires.solutionValue());
                if (size > 0) {
                    classes.add(new HiringClass(c.queue.queueCode(), c.queue.siteCode(), settings.week(c.startWeek), size,
                            c.path, true));
                }
            }
            return new Proposal(List.copyOf(classes), status.name(), seconds(started), candidates.size());
        } finally {
            solver.delete();
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private record Candidate(QueueDemand queue, OnboardingPath path, int startWeek, double[] perHire, MPVariable hires) {
    }
}
