package dev.frontline.roster.engine;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;

/**
 * Keeps the search's single-day shift moves on shifts the day offers ({@link AgentDay#offers}): no move puts an agent on
 * a day of approved time off or on a shift outside the day's availability. The value range stays the agent's whole
 * list, so a stored shift that breaks either rule still loads, is scored, and may be moved away from.
 */
public class OfferedShiftFilter implements SelectionFilter<Roster, ChangeMove<Roster>> {

    @Override
    public boolean accept(ScoreDirector<Roster> scoreDirector, ChangeMove<Roster> move) {
        return !(move.getEntity() instanceof AgentDay day) || !"shift".equals(move.getVariableName())
                || day.offers((ShiftType) move.getToPlanningValue());
    }
}
