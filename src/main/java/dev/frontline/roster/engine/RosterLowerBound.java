package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

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
 * interval. Solved with OR-Tools; the bound is proven from the solver's duals ({@link LpModel}).
 */
public final class RosterLowerBound {

    private static final double HOURS_PER_INTERVAL = DemandIndex.INTERVAL_MINUTES / 60.0;
    private static final int MINUTES_PER_DAY = 24 * 60;
    /**
     * PDLP, the first-order solver: on the generated 24-agent centre after breaks it took 0.5 s where the simplex
     * solver GLOP took 23 s (these relaxations are highly degenerate), and it solves the 150-agent centre's 630 000
     * variables in seconds; its answer is made a proven bound by {@link LpModel}.
     */
    static final String SOLVER = "PDLP";
    static final double TIME_LIMIT_SECONDS = 120;

    /**
     * Unmet agent-hours no roster can beat, and the required agent-hours they are measured against; {@code optimal}
     * says whether the LP solver reached its optimum (if not, the bound is still proven, only weaker).
     */
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
        return solve(roster, withBreaks, SOLVER, TIME_LIMIT_SECONDS);
    }

    /**
     * @param solverId the OR-Tools solver: PDLP (first-order, fast on the large relaxations) or GLOP (simplex, exact)
     */
    public static Solution solve(Roster roster, boolean withBreaks, String solverId, double seconds) {
        return solve(roster, withBreaks, solverId, seconds, 0);
    }

    /** @param tolerance PDLP's optimality tolerance, 0 for its default (see {@link LpModel#solve}) */
    static Solution solve(Roster roster, boolean withBreaks, String solverId, double seconds, double tolerance) {
        return solve(roster, withBreaks ? Breaks.PLACED : Breaks.NONE, solverId, seconds, tolerance);
    }

    /**
     * The relaxation that guides the first roster ({@link LpStart}): the before-breaks model with each shift's presence
     * in its break window thinned by the share of the window its breaks take, so no break variables (on the demo centre
     * those were most of the after-breaks model, which took 10–20 s). Multi-skilled agents are allocated over their
     * queues as in the bound; splitting them evenly instead (2026-12-07) started the cross-skilled bank centre at
     * −150.1 M soft against −138.0 M allocated, and ended its 120 s at 2.2 % / 6.7 % under-coverage against 2.0 % /
     * 6.3 %. Not a bound: a start needs counts, not a proof.
     */
    static Solution solveForStart(Roster roster, String solverId, double seconds, double tolerance) {
        return solve(roster, Breaks.THINNED, solverId, seconds, tolerance);
    }

    /** How a relaxation counts breaks. */
    enum Breaks {
        /** Shifts supply every interval they cover. */
        NONE,
        /** Break intervals are variables placed in each shift's window (the after-breaks bound). */
        PLACED,
        /** Presence in the break window is thinned by the window's break share (no variables; a guide, not a bound). */
        THINNED
    }

    private static Solution solve(Roster roster, Breaks breaks, String solverId, double seconds, double tolerance) {
        long started = System.nanoTime();
        LowerBoundGroups groups = LowerBoundGroups.of(roster);
        Model model = new Model(roster, groups, breaks);
        model.build();
        LpModel.Result result = model.lp.solve(solverId, seconds, tolerance);
        // the proven bound, never below 0 (no roster has negative under-coverage)
        double unmetAgents = Math.max(0, result.bound());
        Map<ShiftKey, Double> counts = new LinkedHashMap<>();
        model.shifts.forEach((key, variable) -> {
            if (result.values()[variable] > 1e-6) {
                counts.put(key, result.values()[variable]);
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        Bound bound = new Bound(model.requiredAgents * HOURS_PER_INTERVAL, unmetAgents * HOURS_PER_INTERVAL,
                result.optimal(), millis);
        return new Solution(bound, groups, counts);
    }

    /** Builds one relaxation; see the class comment for the model. */
    private static final class Model {

        private final Roster roster;
        private final LowerBoundGroups groups;
        private final Breaks breaks;
        private final LpModel lp = new LpModel();
        private final int horizonIntervals;
        /** Required agents per queue and interval (0 = nothing required). */
        private final double[][] required;
        private final Map<Long, Integer> coverage = new HashMap<>();
        private final Map<Long, Integer> groupCapacity = new HashMap<>();
        private final Map<ShiftKey, Integer> shifts = new LinkedHashMap<>();
        private double requiredAgents;

        Model(Roster roster, LowerBoundGroups groups, Breaks breaks) {
            this.roster = roster;
            this.groups = groups;
            this.breaks = breaks;
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

        void build() {
            for (int q = 0; q < required.length; q++) {
                for (int t = 0; t < horizonIntervals; t++) {
                    if (required[q][t] > 0) {
                        int shortfall = lp.variable(0, required[q][t], 1);
                        int row = lp.row(required[q][t], Double.POSITIVE_INFINITY);
                        lp.add(row, shortfall, 1);
                        coverage.put(key(q, t), row);
                    }
                }
            }
            for (int g = 0; g < groups.size(); g++) {
                addGroup(g);
            }
            addSeats();
            if (breaks != Breaks.PLACED) {
                roster.getTrainingSessions().forEach(this::addTraining);
            }
        }

        /**
         * A training session: z<sub>σ</sub> ≥ 0 for each of its slots σ, Σ z = 1 when it is due in the horizon (at most
         * 1 when a later roster may hold it), so the bound is over rosters that hold every due session that has a slot;
         * one with no slot is left out. In each interval of σ its people are off the phones: c<sub>g</sub> z agents of
         * each of their groups g are taken off the supply, and at least that many of g work a shift on σ's day that
         * holds the session (Σ y over such shifts ≥ c<sub>g</sub> z). A real roster with the session in σ is the point
         * z<sub>σ</sub> = 1. Not in the after-breaks model: there a break inside a session would be taken off twice
         * (the roster counts it once), so training is bounded before breaks, where it is exact.
         */
        private void addTraining(TrainingSession session) {
            if (session.getSlots().isEmpty()) {
                // no roster can hold it (its people or trainer are never free together): every roster leaves it out
                return;
            }
            Map<Integer, Integer> peoplePerGroup = new LinkedHashMap<>();
            for (Agent person : session.getPeople()) {
                int g = groups.indexOf(person);
                if (g >= 0) {
                    peoplePerGroup.merge(g, 1, Integer::sum);
                }
            }
            int once = session.isDueInHorizon() ? lp.row(1, 1) : lp.row(Double.NEGATIVE_INFINITY, 1);
            for (TrainingSlot slot : session.getSlots()) {
                int z = lp.variable(0, 1, 0);
                lp.add(once, z, 1);
                int first = DemandIndex.intervalOf(slot.day(), slot.startMinute());
                int end = Math.min(horizonIntervals, first + session.getNeed().minutes() / DemandIndex.INTERVAL_MINUTES);
                peoplePerGroup.forEach((g, people) -> {
                    LowerBoundGroups.Group group = groups.get(g);
                    for (int t = first; t < end; t++) {
                        addPresence(g, group, t, z, -people);
                    }
                    int holding = lp.row(0, Double.POSITIVE_INFINITY);
                    lp.add(holding, z, -people);
                    for (ShiftType shift : group.shiftTypes()) {
                        Integer y = shifts.get(new ShiftKey(g, slot.day(), shift));
                        if (y != null && TrainingSession.holds(shift, slot.startMinute(), session.getNeed().minutes())) {
                            lp.add(holding, y, 1);
                        }
                    }
                });
            }
        }

        private void addGroup(int g) {
            LowerBoundGroups.Group group = groups.get(g);
            int days = roster.getHorizonDays();
            Contract contract = group.contract();
            List<Integer> weekendShifts = new ArrayList<>();
            Map<String, List<Integer>> byCapGroup = new HashMap<>();
            for (int d = 0; d < days; d++) {
                int dayRow = -1;
                for (ShiftType shift : group.shiftTypes()) {
                    int able = group.ableOn(d, shift);
                    if (able == 0 || !suppliesDemand(group, d, shift)) {
                        // a shift that meets no requirement only spends contract capacity: leaving it out keeps the optimum
                        continue;
                    }
                    if (dayRow < 0) {
                        dayRow = lp.row(Double.NEGATIVE_INFINITY, group.availableOn(d));
                    }
                    int y = lp.variable(0, able, 0);
                    shifts.put(new ShiftKey(g, d, shift), y);
                    lp.add(dayRow, y, 1);
                    addSupply(g, group, d, shift, y, able);
                    if (isWeekend(d)) {
                        weekendShifts.add(y);
                    }
                    byCapGroup.computeIfAbsent(shift.group(), c -> new ArrayList<>()).add(y);
                }
            }
            // weekly and horizon minutes (in hours, for the LP's conditioning), less paid time off
            if (contract.maxMinutesPerWeek() < Contract.UNLIMITED) {
                for (int w = 0; w * 7 < days; w++) {
                    limit(g, w * 7, Math.min(days, w * 7 + 7), s -> s.lengthMinutes() / 60.0,
                            group.weeklyMaxMinutesLeft(w) / 60.0);
                }
            }
            if (contract.maxMinutesInHorizon() < Contract.UNLIMITED) {
                limit(g, 0, days, s -> s.lengthMinutes() / 60.0, group.horizonMaxMinutesLeft() / 60.0);
            }
            int maxRun = contract.maxConsecutiveWorkingDays();
            if (maxRun < days) {
                // every run of maxRun + 1 days has a day off for each agent
                for (int from = 0; from + maxRun + 1 <= days; from++) {
                    limit(g, from, from + maxRun + 1, s -> 1.0, (double) maxRun * group.size());
                }
            }
            if (contract.maxWeekends() < Contract.UNLIMITED && !weekendShifts.isEmpty()) {
                // a worked weekend is at most two worked days
                int row = lp.row(Double.NEGATIVE_INFINITY, 2.0 * contract.maxWeekends() * group.size());
                weekendShifts.forEach(y -> lp.add(row, y, 1));
            }
            if (contract.maxNightShiftsPerWeek() < Contract.UNLIMITED && contract.hasNightWindow()) {
                for (int w = 0; w * 7 < days; w++) {
                    limit(g, w * 7, Math.min(days, w * 7 + 7), s -> contract.isNightShift(s) ? 1.0 : 0.0,
                            (double) contract.maxNightShiftsPerWeek() * group.size());
                }
            }
            group.caps().forEach((capGroup, cap) -> {
                List<Integer> capped = byCapGroup.getOrDefault(capGroup, List.of());
                if (!capped.isEmpty()) {
                    int row = lp.row(Double.NEGATIVE_INFINITY, (double) cap * group.size());
                    capped.forEach(y -> lp.add(row, y, 1));
                }
            });
        }

        /** Σ weight(s) · y over the group's shifts on days [from, to) ≤ rhs. */
        private void limit(int g, int from, int to, ToDoubleFunction<ShiftType> weight, double rhs) {
            int row = -1;
            for (int d = from; d < to; d++) {
                for (ShiftType shift : groups.get(g).shiftTypes()) {
                    Integer y = shifts.get(new ShiftKey(g, d, shift));
                    double w = weight.applyAsDouble(shift);
                    if (y != null && w != 0) {
                        if (row < 0) {
                            row = lp.row(Double.NEGATIVE_INFINITY, rhs);
                        }
                        lp.add(row, y, w);
                    }
                }
            }
        }

        /** Office-only agents of a site count against its seats on every day they work. */
        private void addSeats() {
            Map<String, Integer> rows = new HashMap<>();
            shifts.forEach((key, y) -> {
                Site site = groups.get(key.group()).officeOnlySite();
                if (site != null) {
                    int row = rows.computeIfAbsent(site.id() + "#" + key.day(),
                            k -> lp.row(Double.NEGATIVE_INFINITY, site.seats()));
                    lp.add(row, y, 1);
                }
            });
        }

        private boolean suppliesDemand(LowerBoundGroups.Group group, int day, ShiftType shift) {
            int first = DemandIndex.intervalOf(day, shift.startMinute());
            int last = Math.min(horizonIntervals, first + intervalCount(shift));
            for (int t = first; t < last; t++) {
                if (groupHasDemand(group, t)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The group's agents on this shift are present in each interval it covers; after breaks, less the break
         * intervals taken there. A single-skilled group supplies its queue directly; a multi-skilled group's presence
         * is a capacity shared out over its queues.
         */
        private void addSupply(int g, LowerBoundGroups.Group group, int day, ShiftType shift, int y, int able) {
            int first = DemandIndex.intervalOf(day, shift.startMinute());
            int last = Math.min(horizonIntervals, first + intervalCount(shift));
            for (int t = first; t < last; t++) {
                addPresence(g, group, t, y, 1);
            }
            if (breaks == Breaks.NONE) {
                return;
            }
            BreakWindow window = BreakWindow.of(day, shift);
            if (window.breakIntervals() == 0) {
                return;
            }
            if (breaks == Breaks.THINNED) {
                double share = (double) window.breakIntervals() / (window.endInterval() - window.firstInterval());
                for (int t = window.firstInterval(); t < Math.min(horizonIntervals, window.endInterval()); t++) {
                    addPresence(g, group, t, y, -share);
                }
                return;
            }
            // Σ_t b_t = breakIntervals · y and 0 ≤ b_t ≤ y: placed fractionally in the window, one break per agent at a time
            int total = lp.row(0, 0);
            lp.add(total, y, -window.breakIntervals());
            int idleCount = 0;
            for (int t = window.firstInterval(); t < window.endInterval(); t++) {
                if (t >= horizonIntervals || !groupHasDemand(group, t)) {
                    idleCount++;
                    continue;
                }
                int b = lp.variable(0, able, 0);
                lp.add(total, b, 1);
                int cap = lp.row(Double.NEGATIVE_INFINITY, 0);
                lp.add(cap, b, 1);
                lp.add(cap, y, -1);
                addPresence(g, group, t, b, -1);
            }
            if (idleCount > 0) {
                // breaks where nothing is required cost nothing: those intervals share one variable
                int idle = lp.variable(0, (double) idleCount * able, 0);
                lp.add(total, idle, 1);
                int cap = lp.row(Double.NEGATIVE_INFINITY, 0);
                lp.add(cap, idle, 1);
                lp.add(cap, y, -idleCount);
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
        private void addPresence(int g, LowerBoundGroups.Group group, int t, int variable, double sign) {
            if (group.proficiency().size() == 1) {
                Map.Entry<Queue, Double> only = group.proficiency().entrySet().iterator().next();
                Integer row = coverage.get(key(roster.getQueues().indexOf(only.getKey()), t));
                if (row != null) {
                    lp.add(row, variable, sign * only.getValue());
                }
                return;
            }
            Integer capacity = groupCapacity.computeIfAbsent(key(g, t), k -> newCapacity(group, t));
            if (capacity >= 0) {
                lp.add(capacity, variable, -sign);
            }
        }

        /** Σ_q x_{g,q,t} ≤ agents of g present at t, each x_{g,q,t} supplying its proficiency to queue q; -1 if none. */
        private int newCapacity(LowerBoundGroups.Group group, int t) {
            int capacity = -1;
            for (Map.Entry<Queue, Double> skill : group.proficiency().entrySet()) {
                Integer row = coverage.get(key(roster.getQueues().indexOf(skill.getKey()), t));
                if (row != null) {
                    if (capacity < 0) {
                        capacity = lp.row(Double.NEGATIVE_INFINITY, 0);
                    }
                    int share = lp.variable(0, group.size(), 0);
                    lp.add(capacity, share, 1);
                    lp.add(row, share, skill.getValue());
                }
            }
            return capacity;
        }

        private boolean isWeekend(int day) {
            return roster.getStartDate().plusDays(day).getDayOfWeek().getValue() >= 6;
        }

        private static long key(int a, int t) {
            return ((long) a << 32) | t;
        }
    }

    static int intervalCount(ShiftType shift) {
        return (shift.lengthMinutes() + DemandIndex.INTERVAL_MINUTES - 1) / DemandIndex.INTERVAL_MINUTES;
    }
}
