package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/**
 * Sets the shifts of a run of days at once: either swaps an agent's run with another agent's same days, or gives a
 * run of days one shift (or days off). Single-day moves cannot pass through the states that consecutive-day rules
 * forbid (a lone working day, a single day off); a whole block can.
 */
final class BlockMove extends AbstractMove<Roster> {

    private final List<AgentDay> left;
    private final List<AgentDay> right;
    private final ShiftType value;

    private BlockMove(List<AgentDay> left, List<AgentDay> right, ShiftType value) {
        this.left = left;
        this.right = right;
        this.value = value;
    }

    static BlockMove swap(List<AgentDay> left, List<AgentDay> right) {
        return new BlockMove(left, right, null);
    }

    static BlockMove assign(List<AgentDay> days, ShiftType value) {
        return new BlockMove(days, null, value);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < left.size(); i++) {
            AgentDay a = left.get(i);
            if (right == null) {
                changes |= !Objects.equals(a.getShift(), value);
                if (value != null && !a.getAgent().mayWork(value)) {
                    return false;
                }
            } else {
                AgentDay b = right.get(i);
                changes |= !Objects.equals(a.getShift(), b.getShift());
                if ((b.getShift() != null && !a.getAgent().mayWork(b.getShift()))
                        || (a.getShift() != null && !b.getAgent().mayWork(a.getShift()))) {
                    return false;
                }
            }
        }
        return changes;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        for (int i = 0; i < left.size(); i++) {
            AgentDay a = left.get(i);
            if (right == null) {
                set(scoreDirector, a, value);
            } else {
                AgentDay b = right.get(i);
                ShiftType shiftOfA = a.getShift();
                set(scoreDirector, a, b.getShift());
                set(scoreDirector, b, shiftOfA);
            }
        }
    }

    private static void set(ScoreDirector<Roster> scoreDirector, AgentDay agentDay, ShiftType shift) {
        if (!Objects.equals(agentDay.getShift(), shift)) {
            scoreDirector.beforeVariableChanged(agentDay, "shift");
            agentDay.setShift(shift);
            scoreDirector.afterVariableChanged(agentDay, "shift");
        }
    }

    @Override
    public Collection<?> getPlanningEntities() {
        List<AgentDay> entities = new ArrayList<>(left);
        if (right != null) {
            entities.addAll(right);
        }
        return entities;
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<ShiftType> values = new ArrayList<>();
        getPlanningEntities().forEach(e -> values.add(((AgentDay) e).getShift()));
        values.add(value);
        return values;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return right == null ? "BlockAssignMove" : "BlockSwapMove";
    }

    @Override
    public String toString() {
        return right == null ? left + " -> " + value : left + " <-> " + right;
    }
}
