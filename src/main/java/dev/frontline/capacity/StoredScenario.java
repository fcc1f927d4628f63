package dev.frontline.capacity;

import java.time.OffsetDateTime;

import dev.frontline.capacity.engine.CapacityPlan;

/**
 * A saved scenario with what its last computation found ({@code summary} null until computed) and the fingerprint of
 * the inputs at that moment.
 */
public record StoredScenario(long id, long planId, String name, boolean isDefault, ScenarioLevers levers,
        OffsetDateTime computedAt, String inputsFingerprint, CapacityPlan.Summary summary, String solverStatus,
        int version) {
}
