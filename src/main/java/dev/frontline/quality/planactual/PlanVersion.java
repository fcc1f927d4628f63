package dev.frontline.quality.planactual;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A requirement version and the forecast behind it, as candidates for "the plan" of a past week: when it was made,
 * which local days its forecast covers [horizonStart, horizonEnd), and the goal and model it was computed with.
 */
public record PlanVersion(long requirementVersionId, long forecastVersionId, OffsetDateTime madeAt, LocalDate horizonStart,
        LocalDate horizonEnd, int grainMinutes, String method, String model, Double slTargetPercent,
        Integer slThresholdSeconds, Double responseGoalHours, Double patienceSeconds) {

    /** Whether the forecast covers every day of {@code first .. last}. */
    public boolean covers(LocalDate first, LocalDate last) {
        return !horizonStart.isAfter(first) && horizonEnd.isAfter(last);
    }
}
