package dev.frontline.staffing;

import java.time.DayOfWeek;
import java.util.List;

/**
 * Whether a requirement version still matches what it was computed from; each reason says what changed since, so
 * the planner can decide to recompute (which saves a new version).
 */
public record RequirementFreshness(List<Reason> reasons) {

    public RequirementFreshness {
        reasons = List.copyOf(reasons);
    }

    public boolean isUpToDate() {
        return reasons.isEmpty();
    }

    public sealed interface Reason permits GoalChanged, ShrinkageChanged, ForecastAdjusted {
    }

    /** The queue's goal, then and now, e.g. "80 % / 20 s" → "90 % / 20 s". */
    public record GoalChanged(String then, String now) implements Reason {
    }

    /** The effective total shrinkage of a weekday, then and now, in percent. */
    public record ShrinkageChanged(DayOfWeek weekday, double thenPercent, double nowPercent) implements Reason {
    }

    /** Adjustments made to the forecast version after the requirement version that used it. */
    public record ForecastAdjusted(int adjustments) implements Reason {
    }
}
