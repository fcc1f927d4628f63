package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dev.frontline.forecast.engine.IntervalForecast;

/**
 * One forecast interval of a saved version: the model value as the engine produced it, the adjusted value, and the
 * planner adjustments that moved it (empty when none did).
 */
public record ForecastPoint(Instant start, LocalDate date, LocalTime time, IntervalForecast model,
                            IntervalForecast adjusted, List<String> adjustedBy) {

    public ForecastPoint {
        adjustedBy = List.copyOf(adjustedBy);
    }

    public boolean isAdjusted() {
        return !adjustedBy.isEmpty();
    }
}
