package dev.frontline.staffing;

import dev.frontline.staffing.engine.StaffingModel;

/**
 * What a requirement version is computed with besides the forecast: the model, the queue's goal at the time, the
 * occupancy cap and, for Erlang A, the callers' mean patience.
 */
public record RequirementSettings(StaffingModel model, Double slTargetPercent, Integer slThresholdSeconds,
                                  Double responseGoalHours, Integer chatConcurrency, double maxOccupancyPercent,
                                  Double patienceSeconds) {
}
