package dev.frontline.forecast;

import java.time.LocalDate;

import dev.frontline.forecast.engine.LongRangeOverride;

/**
 * A planner's override as entered: from a day, optionally up to a day (inclusive; empty = to the end of any horizon),
 * the volume or the AHT changed by a percentage, with a reason.
 */
public record LongRangeOverrideInput(LocalDate from, LocalDate to, LongRangeOverride.Measure measure, Double percent,
                                     String reason) {
}
