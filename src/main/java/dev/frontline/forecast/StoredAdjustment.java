package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import dev.frontline.forecast.engine.AdjustmentType;

/**
 * A planner's saved override on a forecast version: the instants it covers, the same as a local day and time range
 * of the queue, and what it does.
 *
 * @param from local start of the range, or null for the whole day
 * @param to   local end of the range (exclusive; 00:00 is the end of the day), or null for the whole day
 * @param carriedFromVersion the version this adjustment was carried forward from when this version was run, or null
 *                           when the planner made it on this version
 */
public record StoredAdjustment(long id, long versionId, Instant appliesFrom, Instant appliesTo, LocalDate date,
                               LocalTime from, LocalTime to, AdjustmentType type, double amount, String reason,
                               String createdBy, OffsetDateTime createdAt, Long carriedFromVersion) {

    public boolean wholeDay() {
        return from == null;
    }
}
