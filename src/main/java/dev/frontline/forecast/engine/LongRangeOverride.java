package dev.frontline.forecast.engine;

import java.time.LocalDate;

/**
 * A planner's change to the long-range forecast: from a day (and up to a day, inclusive, or to the end of the horizon
 * when {@code to} is null) the volume or the AHT is scaled by {@code 1 + percent/100}, for a reason. Overrides that
 * overlap multiply.
 */
public record LongRangeOverride(LocalDate from, LocalDate to, Measure measure, double percent, String reason) {

    /** What an override changes. */
    public enum Measure {
        VOLUME, AHT
    }

    public static final double MIN_PERCENT = -100;
    public static final double MAX_PERCENT = 1000;

    public LongRangeOverride {
        if (from == null) {
            throw new IllegalArgumentException("from: the first day of an override is required");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to: the last day " + to + " is before the first day " + from);
        }
        if (measure == null) {
            throw new IllegalArgumentException("measure: say whether the override changes the volume or the AHT");
        }
        if (!(percent > MIN_PERCENT) || percent > MAX_PERCENT) {
            throw new IllegalArgumentException("percent: must be above -100 and at most +1000, not " + percent);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: an override needs a reason");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public double factor() {
        return 1 + percent / 100;
    }
}
