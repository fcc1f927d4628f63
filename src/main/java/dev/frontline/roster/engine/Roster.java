package dev.frontline.roster.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** A rostering problem and, once solved, its roster. Build one with {@link RosterBuilder}. */
@PlanningSolution(solutionCloner = RosterCloner.class)
public class Roster {

    private String name;
    private LocalDate startDate;
    private int horizonDays;
    private DemandIndex demandIndex;

    @ProblemFactCollectionProperty
    private List<Agent> agents;
    @ProblemFactCollectionProperty
    private List<Queue> queues;
    @ProblemFactCollectionProperty
    private List<Site> sites;
    @ProblemFactCollectionProperty
    private List<ShiftType> shiftTypes;
    @ProblemFactCollectionProperty
    private List<IntervalDemand> intervalDemands;
    @ProblemFactCollectionProperty
    private List<ShiftDemand> shiftDemands;
    @ProblemFactCollectionProperty
    private List<TimeOff> timeOffs;
    @ProblemFactCollectionProperty
    private List<ShiftRequest> shiftRequests;
    @ProblemFactCollectionProperty
    private List<LocationPreference> locationPreferences;

    @ProblemFactCollectionProperty
    private List<DayAvailability> dayAvailabilities = List.of();
    @ProblemFactCollectionProperty
    private List<PublishedShift> publishedShifts = List.of();
    @ProblemFactCollectionProperty
    private List<StartPreference> startPreferences = List.of();

    @PlanningEntityCollectionProperty
    private List<AgentDay> agentDays;
    @PlanningEntityCollectionProperty
    private List<TrainingSession> trainingSessions = List.of();

    private ConstraintWeightOverrides<HardSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardSoftLongScore score;

    public Roster() {
    }

    @SuppressWarnings("java:S107") // a solution carries every fact collection of the problem
    Roster(String name, LocalDate startDate, int horizonDays, DemandIndex demandIndex, List<Agent> agents,
            List<Queue> queues, List<Site> sites, List<ShiftType> shiftTypes, List<IntervalDemand> intervalDemands,
            List<ShiftDemand> shiftDemands, List<TimeOff> timeOffs, List<ShiftRequest> shiftRequests,
            List<LocationPreference> locationPreferences, List<AgentDay> agentDays,
            ConstraintWeightOverrides<HardSoftLongScore> constraintWeightOverrides) {
        this.name = name;
        this.startDate = startDate;
        this.horizonDays = horizonDays;
        this.demandIndex = demandIndex;
        this.agents = agents;
        this.queues = queues;
        this.sites = sites;
        this.shiftTypes = shiftTypes;
        this.intervalDemands = intervalDemands;
        this.shiftDemands = shiftDemands;
        this.timeOffs = timeOffs;
        this.shiftRequests = shiftRequests;
        this.locationPreferences = locationPreferences;
        this.agentDays = agentDays;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public DemandIndex getDemandIndex() {
        return demandIndex;
    }

    public List<Agent> getAgents() {
        return agents;
    }

    public List<Queue> getQueues() {
        return queues;
    }

    public List<Site> getSites() {
        return sites;
    }

    public List<ShiftType> getShiftTypes() {
        return shiftTypes;
    }

    public List<IntervalDemand> getIntervalDemands() {
        return intervalDemands;
    }

    public List<ShiftDemand> getShiftDemands() {
        return shiftDemands;
    }

    public List<TimeOff> getTimeOffs() {
        return timeOffs;
    }

    public List<ShiftRequest> getShiftRequests() {
        return shiftRequests;
    }

    public List<LocationPreference> getLocationPreferences() {
        return locationPreferences;
    }

    public List<AgentDay> getAgentDays() {
        return agentDays;
    }

    /** The training sessions to place, placed or not yet ({@link TrainingSession#isPlaced()}). */
    public List<TrainingSession> getTrainingSessions() {
        return trainingSessions;
    }

    void setTrainingSessions(List<TrainingSession> trainingSessions) {
        this.trainingSessions = trainingSessions;
    }

    public ConstraintWeightOverrides<HardSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    /** Lets a planner change constraint weights (by constraint name, see {@link RosterConstraints}) before solving. */
    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardSoftLongScore> constraintWeightOverrides) {
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    public List<DayAvailability> getDayAvailabilities() {
        return dayAvailabilities;
    }

    public List<PublishedShift> getPublishedShifts() {
        return publishedShifts;
    }

    public List<StartPreference> getStartPreferences() {
        return startPreferences;
    }

    /** Per-day availability, the published shifts a repair keeps and preferred starts; set by {@link RosterBuilder}. */
    void setDayFacts(List<DayAvailability> dayAvailabilities, List<PublishedShift> publishedShifts,
            List<StartPreference> startPreferences) {
        this.dayAvailabilities = dayAvailabilities;
        this.publishedShifts = publishedShifts;
        this.startPreferences = startPreferences;
    }

    /**
     * A copy in which every agent-day and training session is a copy and every fact is shared (see {@link RosterCloner}):
     * what the search changes afterwards on one is not seen by the other.
     */
    Roster planningClone() {
        Roster clone = new Roster(name, startDate, horizonDays, demandIndex, agents, queues, sites, shiftTypes,
                intervalDemands, shiftDemands, timeOffs, shiftRequests, locationPreferences,
                new ArrayList<>(agentDays.size()), constraintWeightOverrides);
        for (AgentDay agentDay : agentDays) {
            clone.agentDays.add(new AgentDay(agentDay));
        }
        Map<TrainingSession, TrainingSession> sessionClones = new IdentityHashMap<>();
        List<TrainingSession> sessions = new ArrayList<>(trainingSessions.size());
        for (TrainingSession session : trainingSessions) {
            TrainingSession copy = new TrainingSession(session);
            sessionClones.put(session, copy);
            sessions.add(copy);
        }
        for (TrainingSession copy : sessions) {
            if (copy.getPrevious() != null) {
                copy.setPrevious(sessionClones.get(copy.getPrevious()));
            }
        }
        clone.trainingSessions = sessions;
        clone.setDayFacts(dayAvailabilities, publishedShifts, startPreferences);
        clone.score = score;
        return clone;
    }

    /** The entity of an agent on a day, or null when the agent or day is not in this roster. */
    public AgentDay agentDay(String agentId, int day) {
        for (AgentDay agentDay : agentDays) {
            if (agentDay.getDay() == day && agentDay.getAgent().id().equals(agentId)) {
                return agentDay;
            }
        }
        return null;
    }
}
