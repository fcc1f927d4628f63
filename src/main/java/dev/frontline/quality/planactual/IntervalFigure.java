package dev.frontline.quality.planactual;

import java.time.Instant;

/**
 * One interval of a day for the drill-down chart: plan and actual side by side; {@code NaN} where a figure is not
 * known. Service figures in the measure's unit: percent for service level (the plan's expected and the measured),
 * hours of response for deferred queues (measured only).
 */
public record IntervalFigure(Instant start, double forecastContacts, double actualContacts, double requiredAgents,
        double scheduledAgents, double plannedAgents, double staffedAgents, double plannedService, double achieved) {
}
