package dev.frontline.roster.engine;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Training moves for local search: a session to another of its slots, its people's shifts made to hold it
 * ({@link SessionMove}), half of them giving a person forced off a day off another day of the week; one move in
 * {@value #SAME_DAY_PERCENT} % stays on the session's day, where a nudge of the start is all that coverage may want.
 */
public class SessionMoveFactory implements MoveIteratorFactory<Roster, SessionMove> {

    static final int SAME_DAY_PERCENT = 30;

    private DaysOfAgents daysOfAgents;

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        daysOfAgents = new DaysOfAgents(scoreDirector.getWorkingSolution());
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        return scoreDirector.getWorkingSolution().getTrainingSessions().stream().mapToLong(s -> s.getSlots().size()).sum();
    }

    @Override
    public Iterator<SessionMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("training moves are only selected at random");
    }

    @Override
    public Iterator<SessionMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        Roster roster = scoreDirector.getWorkingSolution();
        List<TrainingSession> movable = roster.getTrainingSessions().stream().filter(s -> !s.getSlots().isEmpty()).toList();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public SessionMove next() {
                TrainingSession session = movable.get(random.nextInt(movable.size()));
                List<TrainingSlot> slots = session.getSlots();
                TrainingSlot slot = slots.get(random.nextInt(slots.size()));
                if (session.isPlaced() && random.nextInt(100) < SAME_DAY_PERCENT) {
                    List<TrainingSlot> sameDay = slots.stream().filter(s -> s.day() == session.getDay()).toList();
                    slot = sameDay.isEmpty() ? slot : sameDay.get(random.nextInt(sameDay.size()));
                }
                SessionMove move = SessionMove.to(session, slot, daysOfAgents,
                        random.nextBoolean() ? SessionMove.DayOffSwap.NONE : SessionMove.DayOffSwap.RANDOM, random);
                return move != null ? move : SessionMove.none(session);
            }
        };
    }
}
