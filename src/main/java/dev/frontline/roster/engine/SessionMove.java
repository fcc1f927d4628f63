package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/**
 * Puts a training session in a slot and gives each of its people whose shift that day does not hold it a shift that
 * does ({@link #holdingShift}): moving the session alone would almost always leave someone outside their shift, a
 * hard break the search never accepts, so the session could not move at all. For a classroom course, each person not
 * working in the classroom's office that day is moved there. The days the session leaves keep their shifts and places;
 * the score decides whether they should change.
 */
final class SessionMove extends AbstractMove<Roster> {

    private final TrainingSession session;
    private final TrainingSlot slot;
    private final List<AgentDay> days;
    private final List<ShiftType> shifts;
    /** The people who must move to the classroom's office that day (a classroom course), with it. */
    private final List<AgentDay> relocated;
    private final List<WorkLocation> places;

    private SessionMove(TrainingSession session, TrainingSlot slot, List<AgentDay> days, List<ShiftType> shifts,
            List<AgentDay> relocated, List<WorkLocation> places) {
        this.session = session;
        this.slot = slot;
        this.days = days;
        this.shifts = shifts;
        this.relocated = relocated;
        this.places = places;
    }

    /**
     * Where a person who is off on the session's day gets a day off instead, so that the week keeps its days and
     * hours (a forced working day alone breaks weekly hours or a run of days off, and the search rejects it): none,
     * the person's nearest working day before or after it in the same week, or one of them at random.
     */
    enum DayOffSwap { NONE, EARLIER, LATER, RANDOM }

    static SessionMove to(TrainingSession session, TrainingSlot slot, DaysOfAgents daysOfAgents) {
        return to(session, slot, daysOfAgents, DayOffSwap.NONE, null);
    }

    /**
     * The move to {@code slot} (null takes the session out), or null when someone in it cannot be given a shift that
     * holds it that day (time off, availability, pinned to another shift).
     */
    static SessionMove to(TrainingSession session, TrainingSlot slot, DaysOfAgents daysOfAgents, DayOffSwap swap,
            java.util.Random random) {
        List<AgentDay> days = new ArrayList<>();
        List<ShiftType> shifts = new ArrayList<>();
        List<AgentDay> relocated = new ArrayList<>();
        List<WorkLocation> places = new ArrayList<>();
        if (slot != null) {
            for (Agent person : session.getPeople()) {
                AgentDay agentDay = daysOfAgents.of(person, slot.day());
                if (agentDay == null) {
                    return null;
                }
                if (!session.isInItsPlace(agentDay)) {
                    WorkLocation office = TrainingSession.classroomOffice(session.getNeed(), person);
                    if (office == null || agentDay.isPinned()) {
                        return null;
                    }
                    relocated.add(agentDay);
                    places.add(office);
                }
                if (TrainingSession.holds(agentDay.getShift(), slot.startMinute(), session.getNeed().minutes())) {
                    continue;
                }
                ShiftType shift = agentDay.isPinned() ? null
                        : holdingShift(agentDay, slot.startMinute(), session.getNeed().minutes());
                if (shift == null) {
                    return null;
                }
                if (agentDay.getShift() == null && swap != DayOffSwap.NONE) {
                    AgentDay dayOff = dayOffInstead(daysOfAgents, person, slot.day(), swap, random);
                    if (dayOff != null) {
                        days.add(dayOff);
                        shifts.add(null);
                    }
                }
                days.add(agentDay);
                shifts.add(shift);
            }
        }
        return new SessionMove(session, slot, days, shifts, relocated, places);
    }

    private static AgentDay dayOffInstead(DaysOfAgents daysOfAgents, Agent person, int day, DayOffSwap swap,
            java.util.Random random) {
        List<AgentDay> candidates = new ArrayList<>();
        int weekStart = day / 7 * 7;
        for (int d = weekStart; d < weekStart + 7; d++) {
            AgentDay other = daysOfAgents.of(person, d);
            if (d != day && other != null && other.isWorking() && !other.isPinned()) {
                candidates.add(other);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        return switch (swap) {
            case EARLIER -> candidates.stream().filter(d -> d.getDay() < day).reduce((a, b) -> b).orElse(null);
            case LATER -> candidates.stream().filter(d -> d.getDay() > day).findFirst().orElse(null);
            case RANDOM -> candidates.get(random.nextInt(candidates.size()));
            case NONE -> null;
        };
    }

    /** A move that changes nothing: not doable, so the solver skips it. */
    static SessionMove none(TrainingSession session) {
        return new SessionMove(session, session.getSlot(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Of the day's offered shifts that hold the session, the one nearest the shift worked (by start, then by length),
     * or for a day off the one that centres the session: the smallest change to the day that makes room for it.
     */
    static ShiftType holdingShift(AgentDay agentDay, int start, int minutes) {
        ShiftType current = agentDay.getShift();
        ShiftType best = null;
        long bestDistance = Long.MAX_VALUE;
        for (ShiftType shift : agentDay.getOfferedShifts()) {
            if (!TrainingSession.holds(shift, start, minutes) || !agentDay.getAgent().mayWork(shift)) {
                continue;
            }
            long distance = current != null
                    ? Math.abs(shift.startMinute() - current.startMinute()) * 1_000L
                            + Math.abs(shift.lengthMinutes() - current.lengthMinutes())
                    : Math.abs(2L * (start - shift.startMinute()) + minutes - shift.lengthMinutes());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = shift;
            }
        }
        return best;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        return !Objects.equals(session.getSlot(), slot);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        scoreDirector.beforeVariableChanged(session, "slot");
        session.setSlot(slot);
        scoreDirector.afterVariableChanged(session, "slot");
        for (int i = 0; i < days.size(); i++) {
            AgentDay agentDay = days.get(i);
            scoreDirector.beforeVariableChanged(agentDay, "shift");
            agentDay.setShift(shifts.get(i));
            scoreDirector.afterVariableChanged(agentDay, "shift");
        }
        for (int i = 0; i < relocated.size(); i++) {
            AgentDay agentDay = relocated.get(i);
            scoreDirector.beforeVariableChanged(agentDay, "location");
            agentDay.setLocation(places.get(i));
            scoreDirector.afterVariableChanged(agentDay, "location");
        }
    }

    @Override
    public Collection<?> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(days);
        entities.addAll(relocated);
        entities.add(session);
        return entities;
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Object> values = new ArrayList<>(shifts);
        values.addAll(places);
        values.add(slot);
        return values;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "SessionMove";
    }

    @Override
    public String toString() {
        return session.getId() + " -> " + slot + " " + days + " -> " + shifts + " " + relocated + " -> " + places;
    }
}
