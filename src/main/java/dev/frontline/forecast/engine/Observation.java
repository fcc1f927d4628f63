package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One history row at any grain (5, 6, 15 … minutes): offered contacts starting at a local time on a local date,
 * and optionally their average handle time. Rows are aggregated to the forecast grain by start time.
 *
 * @param ahtSeconds average handle time of these contacts, or {@code null} when unknown
 */
public record Observation(LocalDate date, LocalTime start, double offered, Double ahtSeconds) {

    public Observation {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        if (!Double.isFinite(offered) || offered < 0) {
            throw new IllegalArgumentException("offered on " + date + " " + start + ": '" + offered + "' is negative or not a number");
        }
        if (ahtSeconds != null && (!Double.isFinite(ahtSeconds) || ahtSeconds < 0)) {
            throw new IllegalArgumentException("aht on " + date + " " + start + ": '" + ahtSeconds + "' is negative or not a number");
        }
    }

    public static Observation of(LocalDate date, LocalTime start, double offered) {
        return new Observation(date, start, offered, null);
    }

    /**
     * A row given by its interval-of-day index. With a zone, the index counts real elapsed intervals from local
     * midnight, so a DST day with 92 or 100 quarter-hours maps onto the right local start times (the repeated hour
     * of an autumn day folds onto the same local slots and is summed); without a zone the index is taken on a
     * plain 24-hour grid.
     */
    public static Observation ofIndex(LocalDate date, int index, int minutesPerIndex, ZoneId zone, double offered, Double aht) {
        if (index < 0 || minutesPerIndex <= 0) {
            throw new IllegalArgumentException("interval index " + index + " on " + date + " is negative");
        }
        long minutes = (long) index * minutesPerIndex;
        LocalTime start;
        if (zone != null) {
            var zoned = date.atStartOfDay(zone).plusMinutes(minutes);
            if (!zoned.toLocalDate().equals(date)) {
                throw new IllegalArgumentException("interval index " + index + " on " + date + " falls after the end of the local day in " + zone);
            }
            start = zoned.toLocalTime();
        } else {
            if (minutes >= 1440) {
                throw new IllegalArgumentException("interval index " + index + " on " + date + " is beyond 24 hours; pass a zone for DST days");
            }
            start = LocalTime.MIDNIGHT.plusMinutes(minutes);
        }
        return new Observation(date, start, offered, aht);
    }
}
