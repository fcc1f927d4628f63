package dev.frontline.roster.service;

import java.time.OffsetDateTime;

/**
 * A soft rule's weight: the engine's default and the planner's override ({@code null} = default). The weight multiplies
 * the rule's match weight, so 0 switches the rule off.
 */
public record ConstraintWeight(String constraintName, long defaultWeight, Long weight, OffsetDateTime updatedAt,
        String updatedBy) {

    public long effective() {
        return weight == null ? defaultWeight : weight;
    }
}
