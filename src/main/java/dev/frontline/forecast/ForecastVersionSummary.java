package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A saved forecast version: who ran it and when, for which local days, at which grain, fitted on which history,
 * and the model the engine chose.
 *
 * @param horizonEnd       the local day after the last forecast day (exclusive)
 * @param historyFrom      start of the first history interval the model was given
 * @param historyTo        end of the last history interval the model was given
 * @param historyIntervals number of history rows the model was given
 * @param adjustments      number of planner adjustments on the version (made on it or carried to it)
 */
public record ForecastVersionSummary(long id, long queueId, String queueCode, OffsetDateTime createdAt, String createdBy,
                                     int grainMinutes, LocalDate horizonStart, LocalDate horizonEnd, Instant historyFrom,
                                     Instant historyTo, int historyIntervals, String method, int adjustments) {

    public int horizonDays() {
        return (int) ChronoUnit.DAYS.between(horizonStart, horizonEnd);
    }

    public LocalDate lastDay() {
        return horizonEnd.minusDays(1);
    }
}
