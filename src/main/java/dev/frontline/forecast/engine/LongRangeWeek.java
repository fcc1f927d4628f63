package dev.frontline.forecast.engine;

import java.time.LocalDate;

/**
 * One week (Monday to Sunday) of a long-range forecast: offered contacts (the median of the model, planner overrides
 * applied), its 80 % and 95 % prediction intervals, and the expected AHT (0 when the history has none).
 */
public record LongRangeWeek(LocalDate weekStart, double volume, double lower80, double upper80,
                            double lower95, double upper95, double ahtSeconds) {
}
