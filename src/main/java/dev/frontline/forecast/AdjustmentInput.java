package dev.frontline.forecast;

import java.time.LocalDate;
import java.time.LocalTime;

import dev.frontline.forecast.engine.AdjustmentType;

/**
 * A planner's adjustment as entered: a day of the horizon, optionally a range of its intervals, a change in % or in
 * contacts, and the reason.
 *
 * @param from  first interval start, or null (with {@code to}) for the whole day
 * @param to    end of the range, exclusive; 00:00 means midnight at the end of the day
 * @param value % for {@link AdjustmentType#PERCENT} (+10 = 10 % more), contacts in total over the range for
 *              {@link AdjustmentType#ABSOLUTE}
 */
public record AdjustmentInput(LocalDate date, LocalTime from, LocalTime to, AdjustmentType type, Double value,
                              String reason) {

    public static AdjustmentInput wholeDay(LocalDate date, AdjustmentType type, Double value, String reason) {
        return new AdjustmentInput(date, null, null, type, value, reason);
    }
}
