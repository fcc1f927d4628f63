package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A long-range forecast request for one queue.
 *
 * @param history   daily totals in any order; days without a row count as closed (zero)
 * @param firstWeek the Monday the forecast starts on, or null for the Monday after the last history week; history on
 *                  or after it is ignored
 * @param weeks     1 to {@link LongRangeForecaster#MAX_WEEKS}
 * @param overrides the planner's overrides, applied in this order
 */
public record LongRangeRequest(String queue, List<DailyTotal> history, LocalDate firstWeek, int weeks,
                               LongRangeTrend trend, List<LongRangeOverride> overrides) {

    public LongRangeRequest {
        if (queue == null || queue.isBlank()) {
            throw new IllegalArgumentException("queue: a long-range forecast needs the queue's name");
        }
        if (weeks < 1 || weeks > LongRangeForecaster.MAX_WEEKS) {
            throw new IllegalArgumentException("weeks: the horizon of queue '" + queue + "' must be 1 to "
                    + LongRangeForecaster.MAX_WEEKS + " weeks, not " + weeks);
        }
        if (firstWeek != null && firstWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("firstWeek: " + firstWeek + " is a " + firstWeek.getDayOfWeek() + ", not a Monday");
        }
        history = List.copyOf(history);
        trend = trend == null ? LongRangeTrend.DAMPED : trend;
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    public static LongRangeRequest of(String queue, List<DailyTotal> history, int weeks) {
        return new LongRangeRequest(queue, history, null, weeks, LongRangeTrend.DAMPED, List.of());
    }
}
