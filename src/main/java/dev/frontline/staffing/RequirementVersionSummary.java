package dev.frontline.staffing;

import java.time.OffsetDateTime;

import dev.frontline.staffing.engine.StaffingModel;

/**
 * A saved requirement version: which forecast it was computed from, by whom and when, and the goal, occupancy cap
 * and patience it used (copied, so a later change of the queue's goal does not rewrite history).
 */
public record RequirementVersionSummary(long id, long forecastVersionId, long queueId, OffsetDateTime createdAt,
                                        String createdBy, StaffingModel model, Double slTargetPercent,
                                        Integer slThresholdSeconds, Double responseGoalHours, double maxOccupancyPercent,
                                        Double patienceSeconds, boolean usesAdjustedForecast) {

    public String goalNotation() {
        return StaffingQueue.goalNotation(slTargetPercent, slThresholdSeconds, responseGoalHours);
    }
}
