package dev.frontline.staffing;

import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;

/**
 * What the planner asks for: requirements from a saved forecast version, with an occupancy cap (percent, above 0 and
 * at most 100; deferred work ignores it), optionally the callers' mean patience in seconds (voice and video are
 * then sized with Erlang A), and whether the planner's forecast adjustments apply. A value out of range is refused
 * naming the REST field it comes in ({@code maxOccupancyPercent}, {@code patienceSeconds}).
 */
public record RequirementRequest(long forecastVersionId, double maxOccupancyPercent, Double patienceSeconds,
                                 boolean useAdjustedForecast) {

    public RequirementRequest {
        if (!Double.isFinite(maxOccupancyPercent) || maxOccupancyPercent <= 0 || maxOccupancyPercent > 100) {
            throw new RefusedValueException("maxOccupancyPercent",
                    Phrase.of("staffing.refused.max-occupancy", maxOccupancyPercent));
        }
        if (patienceSeconds != null && !(Double.isFinite(patienceSeconds) && patienceSeconds > 0)) {
            throw new RefusedValueException("patienceSeconds",
                    Phrase.of("staffing.refused.patience", patienceSeconds));
        }
    }
}
