package dev.frontline.forecast;

import java.time.LocalDate;

/**
 * What a planner asks for: a queue, a first day (a Monday, or null for the day after the last history), a horizon
 * of 1–6 weeks and a grain of 15, 30 or 60 minutes.
 *
 * @param dropAdjustments true to start the new version without the previous version's adjustments; by default they are
 *                        carried forward (false is also what a job queued before this field existed reads back)
 */
public record ForecastRunRequest(String queueCode, LocalDate start, int horizonWeeks, int grainMinutes,
                                 boolean dropAdjustments) {

    /** A run that carries the previous version's adjustments forward. */
    public ForecastRunRequest(String queueCode, LocalDate start, int horizonWeeks, int grainMinutes) {
        this(queueCode, start, horizonWeeks, grainMinutes, false);
    }
}
