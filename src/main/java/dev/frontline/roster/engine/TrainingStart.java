package dev.frontline.roster.engine;

import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

/**
 * Places the training sessions into the first roster, after its shifts and locations: each session in turn (a course's
 * sessions in their order) goes to the slot where the whole roster scores best with it, its people's shifts made to
 * hold it ({@link SessionMove}) and, where a day off must become a working day, a day off on another day of that week
 * instead. Slots that break no rule come first (see below); the session's later sessions are left room before the
 * due date. Tried by the real score, so "where coverage can best afford it" is the coverage the search itself
 * counts, after breaks. Local search then moves them on. Sessions already placed (a stored roster) stay where they are.
 */
public class TrainingStart implements PhaseCommand<Roster> {

    /** Day changes tried at most to repair what placing a session broke. */
    private static final int REPAIR_ROUNDS = 12;
    private static final SessionMove.DayOffSwap[] SWAPS = {SessionMove.DayOffSwap.NONE, SessionMove.DayOffSwap.EARLIER,
            SessionMove.DayOffSwap.LATER};

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Roster roster = scoreDirector.getWorkingSolution();
        if (roster.getTrainingSessions().isEmpty()) {
            return;
        }
        InnerScoreDirector<Roster, HardSoftLongScore> inner = (InnerScoreDirector<Roster, HardSoftLongScore>) scoreDirector;
        DaysOfAgents daysOfAgents = new DaysOfAgents(roster);
        for (TrainingSession session : roster.getTrainingSessions()) {
            if (isPhaseTerminated.getAsBoolean()) {
                return;
            }
            if (session.isPlaced()) {
                continue;
            }
            // only where no rule breaks: between phases the solver goes back to its best roster, and a start that broke
            // a rule would be dropped whole; a session with no such slot is left to local search
            HardSoftLongScore current = inner.calculateScore().raw();
            SessionMove best = null;
            HardSoftLongScore bestScore = null;
            for (TrainingSlot slot : session.getSlots()) {
                if (!afterPrevious(session, slot) || !leavesRoomForTheRest(session, slot)) {
                    continue;
                }
                for (SessionMove.DayOffSwap swap : SWAPS) {
                    SessionMove move = SessionMove.to(session, slot, daysOfAgents, swap, null);
                    if (move == null) {
                        continue;
                    }
                    HardSoftLongScore score = inner.executeTemporaryMove(move, false).raw();
                    if (score.hardScore() >= current.hardScore() && (bestScore == null || score.compareTo(bestScore) > 0)) {
                        best = move;
                        bestScore = score;
                    }
                    if (score.hardScore() >= current.hardScore()) {
                        // a swap only helps where the plain move breaks a rule
                        break;
                    }
                }
            }
            if (best != null) {
                best.doMoveOnly(scoreDirector);
                inner.calculateScore();
            } else {
                placeAndRepair(inner, session, daysOfAgents, current);
            }
        }
    }

    /**
     * For a session no slot takes without breaking a rule: the slot that breaks fewest, then its people's other days
     * changed one at a time, each time the change that scores best, until no rule is broken any more than before; kept
     * only if that is reached, otherwise everything is put back and local search is left to try.
     */
    private static void placeAndRepair(InnerScoreDirector<Roster, HardSoftLongScore> inner, TrainingSession session,
            DaysOfAgents daysOfAgents, HardSoftLongScore current) {
        SessionMove leastBroken = null;
        HardSoftLongScore leastScore = null;
        for (TrainingSlot slot : session.getSlots()) {
            if (!afterPrevious(session, slot) || !leavesRoomForTheRest(session, slot)) {
                continue;
            }
            SessionMove move = SessionMove.to(session, slot, daysOfAgents);
            if (move != null) {
                HardSoftLongScore score = inner.executeTemporaryMove(move, false).raw();
                if (leastScore == null || score.compareTo(leastScore) > 0) {
                    leastBroken = move;
                    leastScore = score;
                }
            }
        }
        if (leastBroken == null) {
            return;
        }
        java.util.Map<AgentDay, ShiftType> before = new java.util.LinkedHashMap<>();
        session.getPeople().forEach(person -> {
            for (int day = 0; daysOfAgents.of(person, day) != null; day++) {
                before.put(daysOfAgents.of(person, day), daysOfAgents.of(person, day).getShift());
            }
        });
        leastBroken.doMoveOnly(inner);
        HardSoftLongScore score = inner.calculateScore().raw();
        for (int round = 0; round < REPAIR_ROUNDS && score.hardScore() < current.hardScore(); round++) {
            BlockMove bestRepair = null;
            HardSoftLongScore bestRepairScore = score;
            for (AgentDay agentDay : before.keySet()) {
                if (agentDay.isPinned() || agentDay.getDay() == session.getDay()) {
                    continue;
                }
                java.util.List<ShiftType> values = new java.util.ArrayList<>(agentDay.getOfferedShifts());
                values.add(null);
                for (ShiftType value : values) {
                    BlockMove repair = BlockMove.assign(java.util.List.of(agentDay), value);
                    if (repair.isMoveDoable(inner)) {
                        HardSoftLongScore repaired = inner.executeTemporaryMove(repair, false).raw();
                        if (repaired.compareTo(bestRepairScore) > 0) {
                            bestRepair = repair;
                            bestRepairScore = repaired;
                        }
                    }
                }
            }
            if (bestRepair == null) {
                break;
            }
            bestRepair.doMoveOnly(inner);
            score = inner.calculateScore().raw();
        }
        if (score.hardScore() < current.hardScore()) {
            SessionMove.to(session, null, daysOfAgents).doMoveOnly(inner);
            before.forEach((agentDay, shift) -> {
                if (agentDay.getShift() != shift) {
                    BlockMove.assign(java.util.List.of(agentDay), shift).doMoveOnly(inner);
                }
            });
            inner.calculateScore();
        }
    }

    /**
     * Session k of n (k < n) in the first k / (n + 1) of its window (inside the horizon), so the sessions after it still
     * have room before the due date: placed where coverage is best, a course's sessions would otherwise drift to its
     * last days and leave the last one no day its whole cohort can make.
     */
    private static boolean leavesRoomForTheRest(TrainingSession session, TrainingSlot slot) {
        TrainingNeed need = session.getNeed();
        int first = Math.max(0, need.earliestDay());
        int last = Math.min(need.lastDay(), session.getSlots().getLast().day());
        int count = Math.max(need.sessionCount(), need.sessionNumber());
        return need.sessionNumber() >= count || slot.day() <= first + (last - first) * need.sessionNumber() / (count + 1);
    }

    /** A course's next session goes after the one before it ends (when that one is placed). */
    private static boolean afterPrevious(TrainingSession session, TrainingSlot slot) {
        TrainingSession previous = session.getPrevious();
        return previous == null || !previous.isPlaced() || previous.getEnd() <= slot.startOfHorizon();
    }
}
