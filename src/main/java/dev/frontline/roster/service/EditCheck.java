package dev.frontline.roster.service;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import dev.frontline.roster.engine.RosterExplanation;

/**
 * What a manual change does to the roster before it is saved: the score before and after, and the hard rules the
 * change breaks that were kept before (empty = every rule still holds as before).
 */
public record EditCheck(HardSoftLongScore before, HardSoftLongScore after, List<RosterExplanation.Breach> newHardBreaches,
        List<RosterExplanation.Breach> newSoftBreaches) {

    public boolean breaksHardRules() {
        return !newHardBreaches.isEmpty();
    }
}
