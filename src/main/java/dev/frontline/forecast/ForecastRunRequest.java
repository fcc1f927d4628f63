package dev.frontline.forecast;

import java.time.LocalDate;

/**
 * What a planner asks for: a queue, a first day (a Monday, or null for the day after the last history), a horizon
 * of 1–6 weeks and a grain of 15, 30 or 60 minutes.
 */
public record ForecastRunRequest(String queueCode, LocalDate start, int horizonWeeks, int grainMinutes) {
}
