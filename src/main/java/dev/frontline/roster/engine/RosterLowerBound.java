package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * A linear-programming lower bound of a roster's under-coverage: no roster that keeps the hard rules can leave fewer
 * required agent-hours unmet. The model and why every real roster is one of its feasible points are in docs/roster.md
 * ("The limit: an LP lower bound").
 * <p>
 * Agents with the same contract, queues, shift types, caps and office-only site form a {@link LowerBoundGroups.Group};
 * the variables are how many of a group's agents work shift type s on day d (fractional), bounded by availability and
 * by the contract's limits summed over the group's agents. In each interval a group's agents present (after breaks:
 * less those on a break) are shared out over the queues they are skilled for, each supplying its proficiency; the
 * shortfall of a queue is at least its requirement minus that supply, and the total shortfall is minimised. Breaks are
 * relaxed: a shift's break intervals may be spread fractionally over its break window, at most one per agent and
 * interval. Solved with OR-Tools GLOP.
 */
public final class RosterLowerBound {

    private static final double HOURS_PER_INTERVAL = DemandIndex.INTERVAL_MINUTES / 60.0;
    private static final int MINUTES_PER_DAY = 24 * 60;

    /** Unmet agent-hours no roster can beat, and the required agent-hours they are measured against. */
    public record Bound(double requiredAgentHours, double unmetAgentHours, boolean optimal, long millis) {

        /** The bound in the unit the product prints: unmet share of the required agent-hours, in percent. */
        public double undercoveragePercent() {
            return requiredAgentHours == 0 ? 0 : 100.0 * unmetAgentHours / requiredAgentHours;
        }
    }

    /** The solved relaxation: its bound and the fractional number of each group's agents on each shift and day. */
    public record Solution(Bound bound, LowerBoundGroups groups, Map<ShiftKey, Double> shiftCounts) {
    }

    /** A group's shift type on a day. */
    public record ShiftKey(int group, int day, ShiftType shiftType) {
    }

    private RosterLowerBound() {
    }

    /** The bound before breaks: agents supply every interval of their shift. */
    public static Bound beforeBreaks(Roster roster) {
        return solve(roster, false).bound();
    }

    /** The bound after breaks: each shift also takes its breaks and lunch inside their windows. */
    public static Bound afterBreaks(Roster roster) {
        return solve(roster, true).bound();
    }

    public static Solution solve(Roster roster, boolean withBreaks) {
        long started = System.nanoTime();
        Loader.loadNativeLibraries();
        LowerBoundGroups groups = LowerBoundGroups.of(roster);
        Model model = new Model(roster, groups, withBreaks);
        try {
            return model.solve(started);
        } finally {
            model.solver.delete();
        }
    }

    /** Builds and solves one relaxation; see the class comment for the model. */
    private static final class Model {

        private final Roster roster;
        private final LowerBoundGroups groups;
        private final boolean withBreaks;
        private final MPSolver solver = MPSolver.createSolver("GLOP");
        private final int horizonIntervals;
        /** Required agents per queue and interval (0 = nothing required). */
        private final double[][] required;
        private final Map<Long, MPConstraint> coverage = new HashMap<>();
        private final Map<Long, MPConstraint> groupCapacity = new HashMap<>();
        private final Map<ShiftKey, MPVariable> shifts = new LinkedHashMap<>();
        private double requiredAgents;

        Model(Roster roster, LowerBoundGroups groups, boolean withBreaks) {
            this.roster = roster;
            this.groups = groups;
            this.withBreaks = withBreaks;
            if (solver == null) {
                throw new IllegalStateException("OR-Tools has no GLOP solver on this platform");
            }
            this.horizonIntervals = roster.getHorizonDays() * MINUTES_PER_DAY / DemandIndex.INTERVAL_MINUTES;
            this.required = new double[roster.getQueues().size()][horizonIntervals];
            for (IntervalDemand demand : roster.getIntervalDemands()) {
                int q = roster.getQueues().indexOf(demand.queue());
                if (q >= 0 && demand.interval() < horizonIntervals) {
                    required[q][demand.interval()] += demand.requiredMilli() / 1000.0;
                    requiredAgents += demand.requiredMilli() / 1000.0;
                }
            }
        }

        Solution solve(long started) {
            for (int q = 0; q < required.length; q++) {
                for (int t = 0; t < horizonIntervals; t++) {
                    if (required[q][t] > 0) {
                        MPVariable shortfall = solver.makeNumVar(0, required[q][t], "");
                        MPConstraint row = solver.makeConstraint(required[q][t], Double.POSITIVE_INFINITY, "");
                        row.setCoefficient(shortfall, 1);
                        coverage.put(key(q, t), row);
                        solver.objective().setCoefficient(shortfall, 1);
                    }
                }
            }
            solver.objective().setMinimization();
            for (int g = 0; g < groups.size(); g++) {
                addGroup(g);
            }
            addSeats();
            MPSolver.ResultStatus status = solver.solve();
            boolean optimal = status == MPSolver.ResultStatus.OPTIMAL;
            // anything but a proven optimum says nothing about the bound; 0 is always a valid one
            double unmetAgents = optimal ? Math.max(0, solver.objective().value()) : 0;
            Map<ShiftKey, Double> counts = new LinkedHashMap<>();
            if (optimal) {
                shifts.forEach((key, variable) -> {
                    if (variable.solutionValue() > 1e-9) {
                        counts.put(key, variable.solutionValue());
                    }
                });
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            Bound bound = new Bound(requiredAgents * HOURS_PER_INTERVAL, unmetAgents * HOURS_PER_INTERVAL, optimal, millis);
            return new Solution(bound, groups, counts);
        }

        private void addGroup(int g) {
            LowerBoundGroups.Group group = groups.get(g);
            int days = roster.getHorizonDays();
            Contract contract = group.contract();
            for (int d = 0; d < days; d++) {
                MPConstraint dayRow = null;
                for (ShiftType shift : group.shiftTypes()) {
                    int able = group.ableOn(d, shift);
                    if (able == 0 || !suppliesDemand(group, d, shift)) {
                        // a shift that meets no requirement only spends contract capacity: leaving it out keeps the optimum
                        continue;
                    }
                    if (dayRow == null) {
                        dayRow = solver.makeConstraint(Double.NEGATIVE_INFINITY, group.availableOn(d), "");
                    }
                    MPVariable y = solver.makeNumVar(0, able, "");
                    shifts.put(new ShiftKey(g, d, shift), y);
                    dayRow.setCoefficient(y, 1);
                    addSupply(g, group, d, shift, y);
                }
            }
            // weekly and horizon minutes (hours, for the LP's conditioning), less paid time off
            if (contract.maxMinutesPerWeek() < Contract.UNLIMITED) {
                for (int w = 0; w * 7 < days; w++) {
                    int from = w * 7;
                    int to = Math.min(days, from + 7);
                    limit(g, from, to, s -> s.lengthMinutes() / 60.0, group.weeklyMaxMinutesLeft(w) / 60.0);
                }
            }
            if (contract.maxMinutesInHorizon() < Contract.UNLIMITED) {
                limit(g, 0, days, s -> s.lengthMinutes() / 60.0, group.horizonMaxMinutesLeft() / 60.0);
            }
            int maxRun = contract.maxConsecutiveWorkingDays();
            if (maxRun < Contract.UNLIMITED && maxRun < days) {
                // every run of maxRun + 1 days has a day off for each agent
                for (int from = 0; from + maxRun + 1 <= days; from++) {
                    limit(g, from, from + maxRun + 1, s -> 1.0, (double) maxRun * group.size());
                }
            }
            if (contract.maxWeekends() < Contract.UNLIMITED) {
                // a worked weekend is at most two worked days
                MPConstraint row = solver.makeConstraint(Double.NEGATIVE_INFINITY, 2.0 * contract.maxWeekends() * group.size(), "");
                shifts.forEach((key, y) -> {
                    if (key.group() == g && isWeekend(key.day())) {
                        row.setCoefficient(y, 1);
                    }
                });
            }
            if (contract.maxNightShiftsPerWeek() < Contract.UNLIMITED && contract.hasNightWindow()) {
                for (int w = 0; w * 7 < days; w++) {
                    int from = w * 7;
                    limit(g, from, Math.min(days, from + 7), s -> contract.isNightShift(s) ? 1.0 : 0.0,
                            (double) contract.maxNightShiftsPerWeek() * group.size());
                }
            }
            group.caps().forEach((capGroup, cap) -> {
                MPConstraint row = solver.makeConstraint(Double.NEGATIVE_INFINITY, (double) cap * group.size(), "");
                shifts.forEach((key, y) -> {
                    if (key.group() == g && key.shiftType().group().equals(capGroup)) {
                        row.setCoefficient(y, 1);
                    }
                });
            });
        }

        /** Σ weight(s) · y over the group's shifts on days [from, to) ≤ rhs. */
        private void limit(int g, int from, int to, java.util.function.ToDoubleFunction<ShiftType> weight, double rhs) {
            MPConstraint row = solver.makeConstraint(Double.NEGATIVE_INFINITY, rhs, "");
            for (int d = from; d < to; d++) {
                for (ShiftType shift : groups.get(g).shiftTypes()) {
                    MPVariable y = shifts.get(new ShiftKey(g, d, shift));
                    double w = weight.applyAsDouble(shift);
                    if (y != null && w != 0) {
                        row.setCoefficient(y, w);
                    }
                }
            }
        }

        /** Office-only agents of a site count against its seats on every day they work. */
        private void addSeats() {
            for (Site site : roster.getSites()) {
                for (int d = 0; d < roster.getHorizonDays(); d++) {
                    MPConstraint row = null;
                    for (Map.Entry<ShiftKey, MPVariable> entry : shifts.entrySet()) {
                        ShiftKey key = entry.getKey();
                        if (key.day() == d && site.equals(groups.get(key.group()).officeOnlySite())) {
                            if (row == null) {
                                row = solver.makeConstraint(Double.NEGATIVE_INFINITY, site.seats(), "");
                            }
                            row.setCoefficient(entry.getValue(), 1);
                        }
                    }
                }
            }
        }

        private boolean suppliesDemand(LowerBoundGroups.Group group, int day, ShiftType shift) {
            int first = DemandIndex.intervalOf(day, shift.startMinute());
            int last = Math.min(horizonIntervals, first + intervalCount(shift));
            for (Queue queue : group.proficiency().keySet()) {
                int q = roster.getQueues().indexOf(queue);
                for (int t = first; t < last; t++) {
                    if (q >= 0 && required[q][t] > 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The group's agents on this shift are present in each interval it covers; after breaks, less the break
         * intervals taken there. A single-skilled group supplies its queue directly; a multi-skilled group's presence
         * is a capacity shared out over its queues.
         */
        private void addSupply(int g, LowerBoundGroups.Group group, int day, ShiftType shift, MPVariable y) {
            int first = DemandIndex.intervalOf(day, shift.startMinute());
            int last = Math.min(horizonIntervals, first + intervalCount(shift));
            for (int t = first; t < last; t++) {
                addPresence(g, group, t, y, 1);
            }
            if (!withBreaks) {
                return;
            }
            BreakWindow window = BreakWindow.of(day, shift);
            if (window.breakIntervals() == 0) {
                return;
            }
            // Σ_t b_t = breakIntervals · y, 0 ≤ b_t ≤ y: fractional placement inside the window, one break per agent at a time
            MPConstraint total = solver.makeConstraint(0, 0, "");
            total.setCoefficient(y, -window.breakIntervals());
            MPVariable idle = null;
            for (int t = window.firstInterval(); t < window.endInterval(); t++) {
                if (t >= horizonIntervals || !groupHasDemand(group, t)) {
                    // a break where nothing is required costs nothing: those intervals share one variable
                    if (idle == null) {
                        idle = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
                        total.setCoefficient(idle, 1);
                    }
                    continue;
                }
                MPVariable b = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
                total.setCoefficient(b, 1);
                MPConstraint cap = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                cap.setCoefficient(b, 1);
                cap.setCoefficient(y, -1);
                addPresence(g, group, t, b, -1);
            }
            if (idle != null) {
                int idleCount = 0;
                for (int t = window.firstInterval(); t < window.endInterval(); t++) {
                    if (t >= horizonIntervals || !groupHasDemand(group, t)) {
                        idleCount++;
                    }
                }
                MPConstraint cap = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                cap.setCoefficient(idle, 1);
                cap.setCoefficient(y, -idleCount);
            }
        }

        private boolean groupHasDemand(LowerBoundGroups.Group group, int t) {
            for (Queue queue : group.proficiency().keySet()) {
                int q = roster.getQueues().indexOf(queue);
                if (q >= 0 && required[q][t] > 0) {
                    return true;
                }
            }
            return false;
        }

        /** Adds sign · variable agents of group g present in interval t. */
        private void addPresence(int g, LowerBoundGroups.Group group, int t, MPVariable variable, int sign) {
            if (group.proficiency().size() == 1) {
                Map.Entry<Queue, Double> only = group.proficiency().entrySet().iterator().next();
                MPConstraint row = coverage.get(key(roster.getQueues().indexOf(only.getKey()), t));
                if (row != null) {
                    row.setCoefficient(variable, sign * only.getValue());
                }
                return;
            }
            MPConstraint capacity = groupCapacity.computeIfAbsent(key(g, t), k -> newCapacity(group, t));
            if (capacity != null) {
                capacity.setCoefficient(variable, -sign);
            }
        }

        /** Σ_q x_{g,q,t} ≤ agents of g present at t, each x_{g,q,t} supplying its proficiency to queue q. */
        private MPConstraint newCapacity(LowerBoundGroups.Group group, int t) {
            List<MPVariable> shares = new ArrayList<>();
            List<MPConstraint> rows = new ArrayList<>();
            List<Double> proficiencies = new ArrayList<>();
            group.proficiency().forEach((queue, proficiency) -> {
                MPConstraint row = coverage.get(key(roster.getQueues().indexOf(queue), t));
                if (row != null) {
                    shares.add(solver.makeNumVar(0, Double.POSITIVE_INFINITY, ""));
                    rows.add(row);
                    proficiencies.add(proficiency);
                }
            });
            if (shares.isEmpty()) {
                return null;
            }
            MPConstraint capacity = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
            for (int i = 0; i < shares.size(); i++) {
                capacity.setCoefficient(shares.get(i), 1);
                rows.get(i).setCoefficient(shares.get(i), proficiencies.get(i));
            }
            return capacity;
        }

        private boolean isWeekend(int day) {
            int weekday = roster.getStartDate().plusDays(day).getDayOfWeek().getValue();
            return weekday >= 6;
        }

        private static long key(int a, int t) {
            return ((long) a << 32) | t;
        }
    }

    static int intervalCount(ShiftType shift) {
        return (shift.lengthMinutes() + DemandIndex.INTERVAL_MINUTES - 1) / DemandIndex.INTERVAL_MINUTES;
    }
}
