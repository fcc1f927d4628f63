package dev.frontline.staffing.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Paid time not available for contacts, as fractions of paid time: planned items (breaks, lunch, training,
 * meetings, coaching, …) and unplanned absence. The total is their sum (each item is a share of the same paid
 * hours), and must stay below 100 %.
 */
public record Shrinkage(Map<String, Double> planned, double unplanned) {

    public static final Shrinkage NONE = new Shrinkage(Map.of(), 0);

    public Shrinkage {
        Map<String, Double> copy = new LinkedHashMap<>();
        planned.forEach((k, v) -> copy.put(k, InputCheck.fraction("shrinkage '" + k + "'", v, true)));
        planned = java.util.Collections.unmodifiableMap(copy);
        InputCheck.fraction("unplanned shrinkage", unplanned, true);
        double total = copy.values().stream().mapToDouble(Double::doubleValue).sum() + unplanned;
        if (total >= 1) {
            throw new IllegalArgumentException("shrinkage: total " + ServiceGoal.num(total * 100)
                    + " % leaves no time for contacts; it must be below 100 %");
        }
    }

    /** A single overall percentage, as calculators take it. */
    public static Shrinkage ofTotalPercent(double percent) {
        return new Shrinkage(Map.of(), percent / 100);
    }

    public double total() {
        return planned.values().stream().mapToDouble(Double::doubleValue).sum() + unplanned;
    }

    /** Heads to schedule so that {@code required} are available: {@code required / (1 − shrinkage)}. */
    public ScheduledStaff schedule(double required) {
        InputCheck.nonNegative("required agents", required);
        double exact = required / (1 - total());
        return new ScheduledStaff(required, total(), exact, Math.round(exact * 2) / 2.0);
    }

    /**
     * Full-time equivalents for a run of intervals: scheduled agent-hours divided by the hours of one FTE in the
     * same period (e.g. 37.5 for a week).
     */
    public double fte(double[] requiredPerInterval, double intervalMinutes, double hoursPerFte) {
        InputCheck.positive("interval (minutes)", intervalMinutes);
        InputCheck.positive("hours per FTE", hoursPerFte);
        double hours = 0;
        for (int i = 0; i < requiredPerInterval.length; i++) {
            hours += schedule(InputCheck.nonNegative("required agents in interval " + i, requiredPerInterval[i])).exact()
                    * intervalMinutes / 60;
        }
        return hours / hoursPerFte;
    }

    /**
     * Scheduled heads for a requirement.
     *
     * @param exact            {@code required / (1 − shrinkage)}
     * @param roundedToHalf    nearest 0.5, as the reference calculator displays scheduled staff
     */
    public record ScheduledStaff(double required, double shrinkage, double exact, double roundedToHalf) {
    }
}
