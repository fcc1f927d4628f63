package dev.frontline.quality.planactual;

import java.time.Instant;

/**
 * One interval of a requirement version: the forecast it staffed (after adjustments), the agents required on the
 * phones, the shrinkage it assumed and the heads to schedule.
 */
public record PlanRow(Instant start, double offered, Double ahtSeconds, int requiredAgents, double shrinkagePercent,
        double scheduledHeads) {
}
