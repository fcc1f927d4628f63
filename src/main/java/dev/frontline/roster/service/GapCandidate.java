package dev.frontline.roster.service;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Another agent who could take an uncovered interval: free that day and skilled for the queue, with the shift and
 * place the solver would give them that covers the interval, and what it would change in the score.
 */
public record GapCandidate(String agentId, String agentName, double proficiency, String shiftTypeId, int startMinute,
        int endMinute, String location, HardSoftLongScore scoreChange) {
}
