package dev.frontline.staffing.engine;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.frontline.shared.text.Phrase;

/**
 * Staffing for deferred work (email, social, back office) with a response goal counted in business time.
 *
 * <p>Work arriving in interval i ({@code arrivals × AHT} agent-seconds) may be worked from interval i on and is due
 * by the end of the open interval in which the goal, counted in open intervals from the start of interval i (or of
 * the next opening if i is closed), runs out. Work is treated as a fluid and done earliest-deadline first.
 *
 * <p>Rolling deadline-driven level: in each open interval t the planner staffs the lowest constant level that,
 * held from t on, would meet every deadline of the work already waiting plus the work forecast to arrive,
 * <pre>  r(t) = max over open D ≥ t of  work due by D (backlog + arrivals from t on) / open time in [t, D]</pre>
 * capped by the work actually available in t. The backlog recursion {@code backlog(t+1) = backlog(t) + arrivals(t)
 * − done(t)} carries work across intervals and nights. Because r(t) always covers the work due at t, no work is
 * late; because it spreads work due later over all the open time before its deadline, the profile is as level as
 * the deadlines allow rather than volume × AHT spread flat.
 */
public final class DeferredWorkPlanner {

    /** What happens to work whose deadline falls after the last interval. */
    public enum HorizonEnd {
        /** Due at the last open interval: the plan leaves nothing behind. */
        CLEAR,
        /** Not forced into the horizon; whatever is left is reported as carried over. */
        CARRY_OVER
    }

    /** One planning interval of a deferred queue. */
    public record Interval(String label, boolean open, double arrivals, double ahtSeconds) {
        public Interval {
            InputCheck.nonNegative("arrivals at " + label, arrivals);
            InputCheck.positive("AHT (seconds) at " + label, ahtSeconds);
        }
    }

    /**
     * Result per interval: fractional agents (work done / interval length), heads rounded up, scheduled heads after
     * shrinkage, and the backlog left at the end of the interval.
     */
    public record IntervalPlan(String label, boolean open, double arrivals, double requiredAgents, int agents,
                               Shrinkage.ScheduledStaff scheduled, double backlogItems, double backlogWorkSeconds,
                               Explanation explanation) {
    }

    public record Plan(List<IntervalPlan> intervals, double carriedOverItems, double carriedOverWorkSeconds,
                       double totalWorkSeconds) {
        public double[] requiredAgents() {
            return intervals.stream().mapToDouble(IntervalPlan::requiredAgents).toArray();
        }
    }

    private DeferredWorkPlanner() {
    }

    /** Builds the intervals from a start, an interval length and opening hours, then plans them. */
    public static Plan plan(LocalDateTime start, int intervalMinutes, double[] arrivals, double[] ahtSeconds,
                            BusinessHours hours, Duration responseGoal, Shrinkage shrinkage, HorizonEnd horizonEnd) {
        if (arrivals.length != ahtSeconds.length) {
            throw new IllegalArgumentException("AHT: " + ahtSeconds.length + " values for " + arrivals.length + " intervals");
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);
        List<Interval> intervals = new ArrayList<>();
        for (int i = 0; i < arrivals.length; i++) {
            LocalDateTime at = start.plusMinutes((long) i * intervalMinutes);
            intervals.add(new Interval(at.format(format), hours.isOpen(at, intervalMinutes), arrivals[i], ahtSeconds[i]));
        }
        return plan(intervals, intervalMinutes * 60.0, responseGoal, shrinkage, horizonEnd);
    }

    public static Plan plan(List<Interval> intervals, double intervalSeconds, Duration responseGoal, Shrinkage shrinkage,
                            HorizonEnd horizonEnd) {
        InputCheck.positive("interval (seconds)", intervalSeconds);
        if (responseGoal == null || responseGoal.isNegative() || responseGoal.isZero()) {
            throw new IllegalArgumentException("response goal: '" + responseGoal + "' must be a positive duration");
        }
        Shrinkage shrink = shrinkage == null ? Shrinkage.NONE : shrinkage;
        int n = intervals.size();
        int goalIntervals = (int) Math.max(1, Math.ceil(responseGoal.toMillis() / 1000.0 / intervalSeconds - 1e-9));
        int[] deadline = deadlines(intervals, goalIntervals, horizonEnd);
        // openBefore[i] = open intervals in [0, i): open time in [t, D] is (openBefore[D+1] − openBefore[t]) × length.
        int[] openBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            openBefore[i + 1] = openBefore[i] + (intervals.get(i).open() ? 1 : 0);
        }

        double[] remainingWork = new double[n];
        double[] aht = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            aht[i] = intervals.get(i).ahtSeconds();
            remainingWork[i] = intervals.get(i).arrivals() * aht[i];
            total += remainingWork[i];
        }
        List<IntervalPlan> result = new ArrayList<>(n);
        double[] dueAt = new double[n + 1];
        for (int t = 0; t < n; t++) {
            Interval interval = intervals.get(t);
            double capacity = 0;
            int bindingDeadline = -1;
            double bindingWork = 0;
            if (interval.open()) {
                // Work still to do (arrived or forecast) by deadline, for every group not yet finished.
                java.util.Arrays.fill(dueAt, 0);
                double available = 0;
                for (int i = 0; i < n; i++) {
                    if (remainingWork[i] > 0) {
                        dueAt[deadline[i]] += remainingWork[i];
                        if (i <= t) {
                            available += remainingWork[i];
                        }
                    }
                }
                double cumulative = 0;
                double rate = 0;
                for (int d = t; d < n; d++) {
                    cumulative += dueAt[d];
                    if (intervals.get(d).open() && cumulative > 0) {
                        double openSeconds = (openBefore[d + 1] - openBefore[t]) * intervalSeconds;
                        double r = cumulative / openSeconds;
                        if (r > rate + 1e-12) {
                            rate = r;
                            bindingDeadline = d;
                            bindingWork = cumulative;
                        }
                    }
                }
                capacity = Math.min(rate * intervalSeconds, available);
                workEarliestDeadlineFirst(remainingWork, deadline, t, capacity);
            }
            double backlogWork = 0;
            double backlogItems = 0;
            for (int i = 0; i <= t; i++) {
                backlogWork += remainingWork[i];
                backlogItems += remainingWork[i] / aht[i];
            }
            double required = capacity / intervalSeconds;
            int heads = (int) Math.ceil(required - 1e-9);
            result.add(new IntervalPlan(interval.label(), interval.open(), interval.arrivals(), required, heads,
                    shrink.schedule(required), backlogItems, backlogWork,
                    explain(intervals, t, required, backlogItems, bindingDeadline, bindingWork, openBefore, intervalSeconds,
                            responseGoal, goalIntervals)));
        }
        double carriedWork = 0;
        double carriedItems = 0;
        for (int i = 0; i < n; i++) {
            carriedWork += remainingWork[i];
            carriedItems += remainingWork[i] / aht[i];
        }
        return new Plan(List.copyOf(result), carriedItems, carriedWork, total);
    }

    /**
     * Deadline index per arrival interval: the goal-th open interval counted from it (itself included when open);
     * {@code n} (beyond the horizon) or the last open interval, by {@code horizonEnd}, when the horizon ends first.
     */
    static int[] deadlines(List<Interval> intervals, int goalIntervals, HorizonEnd horizonEnd) {
        int n = intervals.size();
        int lastOpen = -1;
        List<Integer> openIndexes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (intervals.get(i).open()) {
                openIndexes.add(i);
                lastOpen = i;
            }
        }
        int[] deadline = new int[n];
        int nextOpen = 0;
        for (int i = 0; i < n; i++) {
            while (nextOpen < openIndexes.size() && openIndexes.get(nextOpen) < i) {
                nextOpen++;
            }
            int position = nextOpen + goalIntervals - 1;
            if (position < openIndexes.size()) {
                deadline[i] = openIndexes.get(position);
            } else {
                deadline[i] = horizonEnd == HorizonEnd.CLEAR && lastOpen >= i ? lastOpen : n;
            }
        }
        return deadline;
    }

    private static void workEarliestDeadlineFirst(double[] remainingWork, int[] deadline, int t, double capacity) {
        double left = capacity;
        while (left > 1e-9) {
            int next = -1;
            for (int i = 0; i <= t; i++) {
                if (remainingWork[i] > 1e-9 && (next < 0 || deadline[i] < deadline[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                return;
            }
            double done = Math.min(left, remainingWork[next]);
            remainingWork[next] -= done;
            left -= done;
            if (remainingWork[next] <= 1e-9) {
                remainingWork[next] = 0;
            }
        }
    }

    private static Explanation explain(List<Interval> intervals, int t, double required, double backlogItems,
                                       int bindingDeadline, double bindingWork, int[] openBefore, double intervalSeconds,
                                       Duration goal, int goalIntervals) {
        Interval interval = intervals.get(t);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("arrivals", interval.arrivals());
        inputs.put("ahtSeconds", interval.ahtSeconds());
        inputs.put("open", interval.open());
        inputs.put("intervalSeconds", intervalSeconds);
        inputs.put("responseGoalSeconds", goal.toSeconds());
        inputs.put("responseGoalOpenIntervals", goalIntervals);
        Phrase sentence;
        if (!interval.open()) {
            sentence = Phrase.of("staffing.why.deferred.closed", interval.label(), backlogItems);
        } else if (bindingDeadline < 0) {
            sentence = Phrase.of("staffing.why.deferred.idle", interval.label());
        } else {
            double openHours = (openBefore[bindingDeadline + 1] - openBefore[t]) * intervalSeconds / 3600;
            inputs.put("bindingDeadline", intervals.get(bindingDeadline).label());
            inputs.put("workDueByBindingDeadlineSeconds", bindingWork);
            sentence = Phrase.of("staffing.why.deferred", required, interval.label(), goalText(goal), bindingWork / 3600,
                    intervals.get(bindingDeadline).label(), openHours, backlogItems);
        }
        return new Explanation(StaffingModel.DEFERRED_BACKLOG, inputs, Phrase.of("staffing.formula.deferred"), sentence);
    }

    private static Phrase goalText(Duration goal) {
        long minutes = goal.toMinutes();
        return minutes % 60 == 0 ? Phrase.of("staffing.duration.hours", minutes / 60)
                : Phrase.of("staffing.duration.minutes", minutes);
    }
}
