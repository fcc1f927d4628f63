package dev.frontline.roster.service;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** A shift (and place) the solver would give an agent's free day, and what it would change in the score. */
public record Recommendation(String shiftTypeId, String location, HardSoftLongScore scoreChange) {
}
