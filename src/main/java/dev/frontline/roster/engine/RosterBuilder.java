package dev.frontline.roster.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Builds a {@link Roster} from plain data, checking references so that a bad input is rejected with a message naming
 * the agent, day or shift instead of failing inside the solver.
 */
public final class RosterBuilder {

    private final String name;
    private final LocalDate startDate;
    private final int horizonDays;
    private final Map<String, Agent> agents = new LinkedHashMap<>();
    private final Map<String, Queue> queues = new LinkedHashMap<>();
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, ShiftType> shiftTypes = new LinkedHashMap<>();
    private final List<IntervalDemand> intervalDemands = new ArrayList<>();
    private final List<ShiftDemand> shiftDemands = new ArrayList<>();
    private final List<TimeOff> timeOffs = new ArrayList<>();
    private final List<ShiftRequest> shiftRequests = new ArrayList<>();
    private final List<LocationPreference> locationPreferences = new ArrayList<>();
    private final Map<String, LocationPreference> datedLocationPreferences = new LinkedHashMap<>();
    private final Map<String, Map<Integer, ShiftAssignment>> pinnedShifts = new HashMap<>();
    private final Map<String, HardSoftLongScore> weightOverrides = new LinkedHashMap<>();
    private final List<DayAvailability> dayAvailabilities = new ArrayList<>();
    private final List<PublishedShift> publishedShifts = new ArrayList<>();
    private final List<StartPreference> startPreferences = new ArrayList<>();
    private final Map<String, TrainingNeed> trainingNeeds = new LinkedHashMap<>();
    private final Map<String, TrainerAvailability> trainerAvailability = new HashMap<>();

    private record ShiftAssignment(ShiftType shiftType, WorkLocation location) {
    }

    public RosterBuilder(String name, LocalDate startDate, int horizonDays) {
        if (startDate.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("horizon start " + startDate + " is a " + startDate.getDayOfWeek()
                    + ", not a Monday");
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon of " + horizonDays + " days is empty");
        }
        this.name = name;
        this.startDate = startDate;
        this.horizonDays = horizonDays;
    }

    public RosterBuilder queue(Queue queue) {
        putUnique(queues, queue.id(), queue, "queue");
        return this;
    }

    public RosterBuilder site(Site site) {
        putUnique(sites, site.id(), site, "site");
        return this;
    }

    public RosterBuilder shiftType(ShiftType shiftType) {
        putUnique(shiftTypes, shiftType.id(), shiftType, "shift type");
        return this;
    }

    public RosterBuilder agent(Agent agent) {
        for (ShiftType shiftType : agent.shiftTypes()) {
            if (!shiftTypes.containsKey(shiftType.id())) {
                throw new IllegalArgumentException("agent '" + agent.id() + "': unknown shift type '" + shiftType.id() + "'");
            }
        }
        for (Queue queue : agent.skills().keySet()) {
            if (!queues.containsKey(queue.id())) {
                throw new IllegalArgumentException("agent '" + agent.id() + "': unknown queue '" + queue.id() + "'");
            }
        }
        for (WorkLocation location : agent.locations()) {
            if (location.isOffice() && !sites.containsKey(location.site().id())) {
                throw new IllegalArgumentException("agent '" + agent.id() + "': unknown site '" + location.site().id() + "'");
            }
        }
        putUnique(agents, agent.id(), agent, "agent");
        return this;
    }

    /** Agents required on a queue from {@code minuteOfDay} of {@code day} for one interval, in agents. */
    public RosterBuilder requirement(String queueId, int day, int minuteOfDay, double agentsRequired) {
        Queue queue = known(queues, queueId, "queue");
        checkDay(day, "requirement of queue '" + queueId + "'");
        if (!(agentsRequired >= 0.0) || Double.isInfinite(agentsRequired)) {
            throw new IllegalArgumentException("requirement of queue '" + queueId + "' on day " + day + " at minute "
                    + minuteOfDay + ": " + agentsRequired + " is not a finite non-negative number");
        }
        if (minuteOfDay < 0 || minuteOfDay >= 24 * 60 || minuteOfDay % DemandIndex.INTERVAL_MINUTES != 0) {
            throw new IllegalArgumentException("requirement of queue '" + queueId + "' on day " + day + ": minute "
                    + minuteOfDay + " is not the start of a " + DemandIndex.INTERVAL_MINUTES + "-minute interval");
        }
        intervalDemands.add(new IntervalDemand(queue, DemandIndex.intervalOf(day, minuteOfDay),
                (int) Math.round(agentsRequired * 1000)));
        return this;
    }

    public RosterBuilder shiftCover(int day, String shiftTypeId, int required, int underWeight, int overWeight) {
        checkDay(day, "cover of shift '" + shiftTypeId + "'");
        shiftDemands.add(new ShiftDemand(day, known(shiftTypes, shiftTypeId, "shift type"), required, underWeight, overWeight));
        return this;
    }

    /** A day the agent may not work that keeps the consecutive-day rules (a fixed day off, a planned course). */
    public RosterBuilder timeOff(String agentId, int day, String reason) {
        return timeOff(agentId, day, reason, false);
    }

    /**
     * A day the agent may not work; {@code leave} when it is the agent's own approved leave or time off, across which
     * the minimum consecutive working days and days off do not hold ({@link TimeOff#leave()}).
     */
    public RosterBuilder timeOff(String agentId, int day, String reason, boolean leave) {
        checkDay(day, "time off of agent '" + agentId + "'");
        timeOffs.add(new TimeOff(known(agents, agentId, "agent"), day, reason, leave));
        return this;
    }

    /** A wish to work ({@code wantsToWork}) or not, on a shift type or on any shift when {@code shiftTypeId} is null. */
    public RosterBuilder shiftRequest(String agentId, int day, String shiftTypeId, boolean wantsToWork, int weight) {
        checkDay(day, "request of agent '" + agentId + "'");
        ShiftType shiftType = shiftTypeId == null ? null : known(shiftTypes, shiftTypeId, "shift type");
        shiftRequests.add(new ShiftRequest(known(agents, agentId, "agent"), day, shiftType, wantsToWork, weight));
        return this;
    }

    /** The agent would like to work at {@code location} on every date of a weekday. */
    public RosterBuilder locationPreference(String agentId, DayOfWeek dayOfWeek, WorkLocation location, int weight) {
        locationPreferences.add(new LocationPreference(known(agents, agentId, "agent"), dayOfWeek, location, weight));
        return this;
    }

    /**
     * The agent would like to work at {@code location} on {@code day}; on that date it replaces their weekday
     * preference. Of two dated preferences for one agent and day the heavier holds (an office-day booking over a
     * wish for the same date), so every source of wishes can add its own without knowing the others.
     */
    public RosterBuilder locationPreference(String agentId, int day, WorkLocation location, int weight) {
        checkDay(day, "location preference of agent '" + agentId + "'");
        LocationPreference preference = new LocationPreference(known(agents, agentId, "agent"),
                startDate.plusDays(day).getDayOfWeek(), day, location, weight);
        datedLocationPreferences.merge(agentId + "#" + day, preference, (old, added) -> added.weight() > old.weight() ? added : old);
        return this;
    }

    /** The agent would like a shift on {@code day} to start at {@code startMinute} (minute of the day). */
    public RosterBuilder startPreference(String agentId, int day, int startMinute, int weight) {
        return startPreference(agentId, day, startMinute, startMinute, weight);
    }

    /** The agent would like a shift on {@code day} to start between two minutes of the day (both included). */
    public RosterBuilder startPreference(String agentId, int day, int earliestMinute, int latestMinute, int weight) {
        checkDay(day, "preferred start of agent '" + agentId + "'");
        startPreferences.add(new StartPreference(known(agents, agentId, "agent"), day, earliestMinute, latestMinute,
                weight));
        return this;
    }

    /** A published shift that the solver must keep ({@code shiftTypeId} null = a published day off). */
    public RosterBuilder pinned(String agentId, int day, String shiftTypeId, WorkLocation location) {
        checkDay(day, "pinned shift of agent '" + agentId + "'");
        known(agents, agentId, "agent");
        ShiftType shiftType = shiftTypeId == null ? null : known(shiftTypes, shiftTypeId, "shift type");
        pinnedShifts.computeIfAbsent(agentId, a -> new HashMap<>()).put(day, new ShiftAssignment(shiftType, location));
        return this;
    }

    /** On {@code day} the agent may work only the given shift types (none = not available that day). */
    public RosterBuilder availability(String agentId, int day, java.util.Collection<String> allowedShiftTypeIds, String reason) {
        checkDay(day, "availability of agent '" + agentId + "'");
        Set<ShiftType> allowed = new HashSet<>();
        allowedShiftTypeIds.forEach(id -> allowed.add(known(shiftTypes, id, "shift type")));
        dayAvailabilities.add(new DayAvailability(known(agents, agentId, "agent"), day, allowed, reason));
        return this;
    }

    /** What the published roster said for the agent's day ({@code shiftTypeId} null = day off), kept by a repair. */
    public RosterBuilder published(String agentId, int day, String shiftTypeId, WorkLocation location) {
        checkDay(day, "published shift of agent '" + agentId + "'");
        ShiftType shiftType = shiftTypeId == null ? null : known(shiftTypes, shiftTypeId, "shift type");
        publishedShifts.add(new PublishedShift(known(agents, agentId, "agent"), day, shiftType, location));
        return this;
    }

    /** Replaces the default weight of a constraint named in {@link RosterConstraints}. */
    public RosterBuilder constraintWeight(String constraintName, HardSoftLongScore weight) {
        if (!RosterConstraints.ALL.contains(constraintName)) {
            throw new IllegalArgumentException("unknown constraint '" + constraintName + "'");
        }
        weightOverrides.put(constraintName, weight);
        return this;
    }

    /** A training session to place (see {@link TrainingNeed}); its people must be agents of this roster. */
    public RosterBuilder training(TrainingNeed need) {
        need.attendeeIds().forEach(id -> known(agents, id, "agent"));
        if (need.trainedByAgent()) {
            known(agents, need.trainerAgentId(), "agent");
        }
        putUnique(trainingNeeds, need.id(), need, "training session");
        return this;
    }

    /**
     * When the named trainer can give sessions (see {@link TrainerAvailability}); the sessions they give take only
     * slots inside it. A trainer who is an agent of the roster is held by their own shifts instead.
     */
    public RosterBuilder trainerAvailability(String trainerName, TrainerAvailability availability) {
        trainerAvailability.put(trainerName, availability);
        return this;
    }

    /**
     * Drops the training sessions the filter names (a what-if that places a course itself), and the order link of any
     * session that came after one of them.
     */
    public RosterBuilder withoutTraining(java.util.function.Predicate<TrainingNeed> dropped) {
        Set<String> gone = new HashSet<>();
        trainingNeeds.values().stream().filter(dropped).forEach(need -> gone.add(need.id()));
        gone.forEach(trainingNeeds::remove);
        trainingNeeds.replaceAll((id, need) -> gone.contains(need.previousId()) ? need.after(null) : need);
        return this;
    }

    public Roster build() {
        DemandIndex demandIndex = new DemandIndex(horizonDays, intervalDemands, shiftDemands);
        Set<String> timeOffKeys = new HashSet<>();
        timeOffs.forEach(t -> timeOffKeys.add(t.agent().id() + "#" + t.day()));
        Map<String, DayAvailability> availabilityOf = new HashMap<>();
        dayAvailabilities.forEach(a -> availabilityOf.put(a.agent().id() + "#" + a.day(), a));
        List<AgentDay> agentDays = new ArrayList<>(agents.size() * horizonDays);
        for (Agent agent : agents.values()) {
            for (int day = 0; day < horizonDays; day++) {
                int credit = timeOffKeys.contains(agent.id() + "#" + day) ? agent.contract().timeOffCreditMinutes() : 0;
                AgentDay agentDay = new AgentDay(agent, day, horizonDays, startDate.plusDays(day), credit, demandIndex);
                ShiftAssignment pin = pinnedShifts.getOrDefault(agent.id(), Map.of()).get(day);
                if (pin != null) {
                    agentDay.setShift(pin.shiftType());
                    agentDay.setLocation(pin.location() == null ? agent.locations().get(0) : pin.location());
                    agentDay.setPinned(true);
                } else if (timeOffKeys.contains(agent.id() + "#" + day)) {
                    agentDay.setOfferedShifts(List.of());
                } else if (availabilityOf.containsKey(agent.id() + "#" + day)) {
                    DayAvailability availability = availabilityOf.get(agent.id() + "#" + day);
                    agentDay.setOfferedShifts(agent.shiftTypes().stream().filter(availability::permits).toList());
                }
                agentDays.add(agentDay);
            }
        }
        Roster roster = new Roster(name, startDate, horizonDays, demandIndex, List.copyOf(agents.values()),
                List.copyOf(queues.values()), List.copyOf(sites.values()), List.copyOf(shiftTypes.values()),
                List.copyOf(intervalDemands), List.copyOf(shiftDemands), List.copyOf(timeOffs),
                List.copyOf(shiftRequests), allLocationPreferences(), agentDays,
                ConstraintWeightOverrides.of(weightOverrides));
        roster.setDayFacts(List.copyOf(dayAvailabilities), List.copyOf(publishedShifts), List.copyOf(startPreferences));
        roster.setTrainingSessions(trainingSessions(agentDays));
        return roster;
    }

    private List<TrainingSession> trainingSessions(List<AgentDay> agentDays) {
        Map<String, List<AgentDay>> daysOf = new HashMap<>();
        agentDays.forEach(d -> daysOf.computeIfAbsent(d.getAgent().id(), k -> new ArrayList<>()).add(d));
        Map<String, TrainingSession> sessions = new LinkedHashMap<>();
        for (TrainingNeed need : trainingNeeds.values()) {
            List<Agent> people = new ArrayList<>();
            need.attendeeIds().forEach(id -> people.add(agents.get(id)));
            if (need.trainedByAgent() && !need.attendeeIds().contains(need.trainerAgentId())) {
                people.add(agents.get(need.trainerAgentId()));
            }
            List<AgentDay> days = people.stream().flatMap(p -> daysOf.get(p.id()).stream()).toList();
            TrainerAvailability trainer = need.trainedByAgent() ? null : trainerAvailability.get(need.trainerName());
            List<TrainingSlot> slots = TrainingSession.slots(need, days, horizonDays).stream()
                    .filter(slot -> trainer == null
                            || trainer.holds(startDate.plusDays(slot.day()), slot.startMinute(), need.minutes()))
                    .toList();
            sessions.put(need.id(), new TrainingSession(need, startDate, horizonDays, people, slots));
        }
        for (TrainingSession session : sessions.values()) {
            String previousId = session.getNeed().previousId();
            if (previousId != null) {
                session.setPrevious(known(sessions, previousId, "training session"));
            }
        }
        return List.copyOf(sessions.values());
    }

    private List<LocationPreference> allLocationPreferences() {
        List<LocationPreference> all = new ArrayList<>(locationPreferences);
        all.addAll(datedLocationPreferences.values());
        return List.copyOf(all);
    }

    private void checkDay(int day, String what) {
        if (day < 0 || day >= horizonDays) {
            throw new IllegalArgumentException(what + ": day " + day + " is outside the horizon 0.." + (horizonDays - 1));
        }
    }

    private static <T> void putUnique(Map<String, T> map, String id, T value, String what) {
        if (map.putIfAbsent(id, value) != null) {
            throw new IllegalArgumentException(what + " '" + id + "' is defined twice");
        }
    }

    private static <T> T known(Map<String, T> map, String id, String what) {
        T value = map.get(id);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + what + " '" + id + "'");
        }
        return value;
    }
}
