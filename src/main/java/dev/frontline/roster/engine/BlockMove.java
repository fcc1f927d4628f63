package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/**
 * Sets the shifts of a run of days at once: either swaps an agent's run with another agent's same days, gives a run
 * of days one shift (or days off), or slides an agent's working run by a few days (its shifts move along, the days
 * it leaves become days off). Single-day moves cannot pass through the states that consecutive-day rules forbid (a
 * lone working day, a single day off); a whole block can, and a slide keeps the run's length and shift counts. A move
 * that would give a day a shift it does not offer (approved time off, outside availability) is not doable.
 */
final class BlockMove extends AbstractMove<Roster> {

    private final List<AgentDay> left;
    private final List<AgentDay> right;
    private final ShiftType value;
    /** One new shift per day of {@code left} (a slide), or null. */
    private final List<ShiftType> values;

    private BlockMove(List<AgentDay> left, List<AgentDay> right, ShiftType value, List<ShiftType> values) {
        this.left = left;
        this.right = right;
        this.value = value;
        this.values = values;
    }

    static BlockMove swap(List<AgentDay> left, List<AgentDay> right) {
        return new BlockMove(left, right, null, null);
    }

    static BlockMove assign(List<AgentDay> days, ShiftType value) {
        return new BlockMove(days, null, value, null);
    }

    /** Gives each day its own shift (null = day off); the lists have the same length. */
    static BlockMove set(List<AgentDay> days, List<ShiftType> shifts) {
        if (days.size() != shifts.size()) {
            throw new IllegalArgumentException(days.size() + " days but " + shifts.size() + " shifts");
        }
        return new BlockMove(days, null, null, shifts);
    }

    /** The days this move changes, each with the shift it gets (null = day off); empty for swaps. */
    Map<AgentDay, ShiftType> targets() {
        Map<AgentDay, ShiftType> targets = new LinkedHashMap<>();
        for (int i = 0; right == null && i < left.size(); i++) {
            targets.put(left.get(i), target(i));
        }
        return targets;
    }

    private ShiftType target(int i) {
        return values == null ? value : values.get(i);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < left.size(); i++) {
            AgentDay a = left.get(i);
            if (a.isPinned() || (right != null && right.get(i).isPinned())) {
                // the factories offer unpinned days only; a start phase's repair relies on this
                return false;
            }
            if (right == null) {
                ShiftType target = target(i);
                changes |= !Objects.equals(a.getShift(), target);
                if (target != null && (!a.getAgent().mayWork(target) || !a.offers(target))) {
                    return false;
                }
            } else {
                AgentDay b = right.get(i);
                changes |= !Objects.equals(a.getShift(), b.getShift());
                if ((b.getShift() != null && (!a.getAgent().mayWork(b.getShift()) || !a.offers(b.getShift())))
                        || (a.getShift() != null && (!b.getAgent().mayWork(a.getShift()) || !b.offers(a.getShift())))) {
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
                set(scoreDirector, a, target(i));
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
        List<ShiftType> planningValues = new ArrayList<>();
        getPlanningEntities().forEach(e -> planningValues.add(((AgentDay) e).getShift()));
        if (values != null) {
            planningValues.addAll(values);
        } else {
            planningValues.add(value);
        }
        return planningValues;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return right != null ? "BlockSwapMove" : values != null ? "BlockSetMove" : "BlockAssignMove";
    }

    @Override
    public String toString() {
        return right != null ? left + " <-> " + right : left + " -> " + (values != null ? values : value);
    }
}
