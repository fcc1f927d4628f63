package dev.frontline.staffing;

import java.time.OffsetDateTime;

/**
 * One interval of a requirement version: the volume it was computed from, agents required, the shrinkage applied
 * and the heads to schedule, what the required agents achieve (null where the model has no such figure) and the
 * sentence that explains the number.
 */
public record RequirementRow(OffsetDateTime intervalStart, double offered, Double ahtSeconds, int requiredAgents,
                             double shrinkagePercent, double scheduledAgents, Double serviceLevelPercent,
                             Double asaSeconds, Double occupancyPercent, Double abandonPercent, String explanation) {
}
