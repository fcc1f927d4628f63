package dev.frontline.roster.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A training session as the roster places it: its need (course, cohort, length, room, trainer, window) and the slot
 * it gets, or none yet. The cohort is one entity so that its people sit the session together by construction; the
 * session is off-phone time inside each person's shift, so their coverage drops in its intervals
 * ({@link CoverageCollector}, {@link OffPhone}).
 */
@PlanningEntity
public class TrainingSession {

    /** Sessions start on the half hour: finer starts multiply the slots without giving planners anything. */
    static final int START_STEP_MINUTES = 30;

    @PlanningId
    private String id;
    private TrainingNeed need;
    private LocalDate horizonStart;
    /** The attendees, then the trainer when the trainer is an agent: everyone the session takes off the phones. */
    private List<Agent> people;
    private TrainingSession previous;
    private List<TrainingSlot> slots;
    private boolean dueInHorizon;

    @PlanningVariable(valueRangeProviderRefs = "trainingSlotRange", allowsUnassigned = true)
    private TrainingSlot slot;

    public TrainingSession() {
    }

    TrainingSession(TrainingNeed need, LocalDate horizonStart, int horizonDays, List<Agent> people,
            List<TrainingSlot> slots) {
        this.id = need.id();
        this.dueInHorizon = need.dueWithin(horizonDays);
        this.need = need;
        this.horizonStart = horizonStart;
        this.people = List.copyOf(people);
        this.slots = List.copyOf(slots);
    }

    /** A planning clone; its {@link #getPrevious() previous} session is set to the clone's by the roster's copy. */
    TrainingSession(TrainingSession original) {
        this.id = original.id;
        this.need = original.need;
        this.horizonStart = original.horizonStart;
        this.people = original.people;
        this.previous = original.previous;
        this.slots = original.slots;
        this.dueInHorizon = original.dueInHorizon;
        this.slot = original.slot;
    }

    /**
     * The slots a session may take: each day of its window inside the horizon, at each half-hour start at which every
     * one of its people is offered a shift that holds the whole session that day (see {@link AgentDay#offers}).
     */
    static List<TrainingSlot> slots(TrainingNeed need, List<AgentDay> daysOfPeople, int horizonDays) {
        List<TrainingSlot> slots = new ArrayList<>();
        if (daysOfPeople.stream().anyMatch(d -> classroomOffice(need, d.getAgent()) == null)) {
            // someone in it may not work in the classroom's office: no day holds the session
            return slots;
        }
        int last = Math.min(need.lastDay(), horizonDays - 1);
        for (int day = Math.max(0, need.earliestDay()); day <= last; day++) {
            for (int start = 0; start + need.minutes() <= 24 * 60; start += START_STEP_MINUTES) {
                if (everyoneCanHold(need, daysOfPeople, day, start)) {
                    slots.add(new TrainingSlot(day, start));
                }
            }
        }
        return slots;
    }

    private static boolean everyoneCanHold(TrainingNeed need, List<AgentDay> daysOfPeople, int day, int start) {
        for (AgentDay agentDay : daysOfPeople) {
            if (agentDay.getDay() == day && holdingShift(agentDay, start, need.minutes()) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the agent must work on the session's day: the office of the classroom's site, {@link WorkLocation#HOME}
     * standing for "anywhere" when the course is virtual, or null when the agent may not work in that office.
     */
    static WorkLocation classroomOffice(TrainingNeed need, Agent agent) {
        if (need.siteId() == null) {
            return WorkLocation.HOME;
        }
        return agent.locations().stream().filter(l -> l.isOffice() && l.site().id().equals(need.siteId())).findFirst()
                .orElse(null);
    }

    /** Whether the agent-day is where the session is: anywhere for a virtual course, else the classroom's office. */
    public boolean isInItsPlace(AgentDay agentDay) {
        return need.siteId() == null || (agentDay.isInOffice() && agentDay.getLocation().site().id().equals(need.siteId()));
    }

    /** An offered shift of the day that holds a session of these minutes from {@code start}, or null. */
    static ShiftType holdingShift(AgentDay agentDay, int start, int minutes) {
        for (ShiftType shift : agentDay.getOfferedShifts()) {
            if (holds(shift, start, minutes) && agentDay.getAgent().mayWork(shift)) {
                return shift;
            }
        }
        return null;
    }

    static boolean holds(ShiftType shift, int start, int minutes) {
        return shift != null && shift.startMinute() <= start
                && start + minutes <= shift.startMinute() + shift.lengthMinutes();
    }

    @ValueRangeProvider(id = "trainingSlotRange")
    public List<TrainingSlot> getSlots() {
        return slots;
    }

    public String getId() {
        return id;
    }

    public TrainingNeed getNeed() {
        return need;
    }

    public List<Agent> getPeople() {
        return people;
    }

    /** The session of the same course and cohort that comes before this one, or null. */
    public TrainingSession getPrevious() {
        return previous;
    }

    void setPrevious(TrainingSession previous) {
        this.previous = previous;
    }

    public TrainingSlot getSlot() {
        return slot;
    }

    public void setSlot(TrainingSlot slot) {
        this.slot = slot;
    }

    /** Due inside this roster's horizon: it must be placed now, not in a later roster. */
    public boolean isDueInHorizon() {
        return dueInHorizon;
    }

    public boolean isPlaced() {
        return slot != null;
    }

    public int getDay() {
        return slot.day();
    }

    public LocalDate getDate() {
        return slot == null ? null : horizonStart.plusDays(slot.day());
    }

    /** Minutes from the horizon start. */
    public int getStart() {
        return slot.startOfHorizon();
    }

    public int getEnd() {
        return slot.startOfHorizon() + need.minutes();
    }

    public boolean overlaps(TrainingSession other) {
        return isPlaced() && other.isPlaced() && getStart() < other.getEnd() && other.getStart() < getEnd();
    }

    /** Whether the agent is in this session, attending or training. */
    public boolean takesOffThePhones(Agent agent) {
        return people.contains(agent);
    }

    public boolean sharesPeopleWith(TrainingSession other) {
        return people.stream().anyMatch(other.people::contains);
    }

    /** Whether the agent-day's shift holds the whole session (its day, from start to end). */
    public boolean isHeldBy(AgentDay agentDay) {
        return agentDay.getDay() == slot.day() && holds(agentDay.getShift(), slot.startMinute(), need.minutes());
    }

    /** The session's intervals, first to last (exclusive), as interval indexes of the horizon. */
    int firstInterval() {
        return getStart() / DemandIndex.INTERVAL_MINUTES;
    }

    int endInterval() {
        return getEnd() / DemandIndex.INTERVAL_MINUTES;
    }

    @Override
    public String toString() {
        return id + "@" + slot;
    }
}
