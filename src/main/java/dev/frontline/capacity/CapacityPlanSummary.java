package dev.frontline.capacity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A saved capacity plan: its horizon and the scenario the planner applied (null until one is). */
public record CapacityPlanSummary(long id, String name, LocalDate firstWeek, int weeks, Long appliedScenarioId,
        String createdBy, OffsetDateTime createdAt, int version) {
}
