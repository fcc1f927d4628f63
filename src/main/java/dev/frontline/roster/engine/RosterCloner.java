package dev.frontline.roster.engine;

import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;

/**
 * The planning clone Timefold takes of every new best roster. Its reflective default cloner looked up each field of
 * each of the 14 000 agent-days of the bank centre in an identity map and took four fifths of a 60-second solve there,
 * since a search on a large centre finds a new best at most of its improving steps (docs/roster.md, <em>The best
 * roster kept by copy</em>). The problem facts are immutable and shared; the entities are copied field by field.
 */
public final class RosterCloner implements SolutionCloner<Roster> {

    @Override
    public Roster cloneSolution(Roster original) {
        return original.planningClone();
    }
}
