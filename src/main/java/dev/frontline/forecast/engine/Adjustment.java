package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A planner's override on a day or a range of intervals, always with a reason.
 *
 * @param from first interval start included, or null for the whole day
 * @param to   end (exclusive), or null for the whole day
 */
public record Adjustment(LocalDate date, LocalTime from, LocalTime to, AdjustmentType type, double value, String reason) {

    public Adjustment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("adjustment on " + date + ": a reason is required");
        }
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("adjustment on " + date + " ('" + reason + "'): give both from and to, or neither for the whole day");
        }
        if (from != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("adjustment on " + date + " ('" + reason + "'): to " + to + " is not after from " + from);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("adjustment on " + date + " ('" + reason + "'): value " + value + " is not a number");
        }
        if (type == AdjustmentType.PERCENT && value < -100) {
            throw new IllegalArgumentException("adjustment on " + date + " ('" + reason + "'): " + value + " % would make volume negative");
        }
    }

    public static Adjustment dayPercent(LocalDate date, double percent, String reason) {
        return new Adjustment(date, null, null, AdjustmentType.PERCENT, percent, reason);
    }

    public static Adjustment rangePercent(LocalDate date, LocalTime from, LocalTime to, double percent, String reason) {
        return new Adjustment(date, from, to, AdjustmentType.PERCENT, percent, reason);
    }

    public static Adjustment rangeAbsolute(LocalDate date, LocalTime from, LocalTime to, double contacts, String reason) {
        return new Adjustment(date, from, to, AdjustmentType.ABSOLUTE, contacts, reason);
    }

    boolean covers(IntervalForecast i) {
        return i.date().equals(date) && (from == null || (!i.start().isBefore(from) && i.start().isBefore(to)));
    }

    String describe() {
        String range = from == null ? "whole day" : from + "–" + to;
        String change = type == AdjustmentType.PERCENT ? String.format("%+.1f %%", value) : String.format("%+.1f contacts", value);
        return date + " " + range + " " + change + " (" + reason + ")";
    }
}
