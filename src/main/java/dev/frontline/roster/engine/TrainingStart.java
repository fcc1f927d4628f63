package dev.frontline.roster.engine;

import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

/**
 * Places the training sessions into the first roster, after its shifts and locations: each session in turn (a course's
 * sessions in their order) goes to the slot where the whole roster scores best with it, its people's shifts made to
 * hold it ({@link SessionMove}), even when that slot breaks a rule the search must then repair. Tried by the real
 * score, so "where coverage can best afford it" is the coverage the search itself counts, after breaks, with the rules
 * a forced shift may break. Local search then moves them on.
 * Sessions already placed (a stored roster) stay where they are.
 */
public class TrainingStart implements PhaseCommand<Roster> {

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
            // placed even where every slot breaks a rule (a forced working day breaks a run of days off): left out,
            // local search would never take the step that places it, and it can repair the rule around the session
            SessionMove best = null;
            HardSoftLongScore bestScore = null;
            for (TrainingSlot slot : session.getSlots()) {
                SessionMove move = SessionMove.to(session, slot, daysOfAgents);
                if (move == null) {
                    continue;
                }
                HardSoftLongScore score = inner.executeTemporaryMove(move, false).raw();
                if (bestScore == null || score.compareTo(bestScore) > 0) {
                    best = move;
                    bestScore = score;
                }
            }
            if (best != null) {
                best.doMoveOnly(scoreDirector);
                inner.calculateScore();
            }
        }
    }
}
