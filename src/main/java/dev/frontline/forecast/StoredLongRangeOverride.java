package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;

import dev.frontline.forecast.engine.LongRangeOverride;

/** A saved planner override of a queue's long-range forecast, with who made and last changed it. */
public record StoredLongRangeOverride(long id, String queueCode, LocalDate from, LocalDate to,
                                      LongRangeOverride.Measure measure, double percent, String reason,
                                      String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    /** The override as the engine applies it. */
    public LongRangeOverride toEngine() {
        return new LongRangeOverride(from, to, measure, percent, reason);
    }
}
