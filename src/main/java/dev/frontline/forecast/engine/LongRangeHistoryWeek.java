package dev.frontline.forecast.engine;

import java.time.LocalDate;

/** A complete week of the history the long-range forecast was fitted on; {@code gap} when it was left out. */
public record LongRangeHistoryWeek(LocalDate weekStart, double volume, double ahtSeconds, boolean gap) {
}
