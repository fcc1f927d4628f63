package dev.frontline.staffing;

/**
 * What the planner asks for: requirements from a saved forecast version, with an occupancy cap (percent, above 0 and
 * at most 100; deferred work ignores it), optionally the callers' mean patience in seconds (voice and video are
 * then sized with Erlang A), and whether the planner's forecast adjustments apply.
 */
public record RequirementRequest(long forecastVersionId, double maxOccupancyPercent, Double patienceSeconds,
                                 boolean useAdjustedForecast) {

    public RequirementRequest {
        if (!Double.isFinite(maxOccupancyPercent) || maxOccupancyPercent <= 0 || maxOccupancyPercent > 100) {
            throw new IllegalArgumentException("max occupancy: " + maxOccupancyPercent + " % must be above 0 % and at most 100 %");
        }
        if (patienceSeconds != null && !(Double.isFinite(patienceSeconds) && patienceSeconds > 0)) {
            throw new IllegalArgumentException("patience (seconds): '" + patienceSeconds + "' must be greater than zero");
        }
    }
}
