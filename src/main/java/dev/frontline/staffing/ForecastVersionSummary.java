package dev.frontline.staffing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A saved forecast version as the requirement screens list it; the horizon is [horizonStart, horizonEnd) in local days. */
public record ForecastVersionSummary(long id, long queueId, OffsetDateTime createdAt, String createdBy, int grainMinutes,
                                     LocalDate horizonStart, LocalDate horizonEnd, String method) {
}
