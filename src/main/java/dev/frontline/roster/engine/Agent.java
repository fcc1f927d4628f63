package dev.frontline.roster.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person to roster. {@code skills} maps each queue the agent can serve to a proficiency in (0, 1];
 * {@code shiftTypes} are the shifts the agent may work (templates and availability), {@code locations} where the agent
 * may work, {@code maxShiftsPerType} caps how often a shift type may be worked in the horizon (absent = no cap).
 * Equality is by id because agents are grouping keys in many constraints.
 */
public final class Agent {

    private final String id;
    private final String name;
    private final Contract contract;
    private final Map<Queue, Double> skills;
    private final String team;
    private final boolean teamLead;
    private final List<WorkLocation> locations;
    private final List<ShiftType> shiftTypes;
    private final Map<String, Integer> maxShiftsPerType;

    public Agent(String id, String name, Contract contract, Map<Queue, Double> skills, String team, boolean teamLead,
            List<WorkLocation> locations, List<ShiftType> shiftTypes, Map<String, Integer> maxShiftsPerType) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("agent id is blank");
        }
        if (contract == null) {
            throw new IllegalArgumentException("agent '" + id + "' has no contract");
        }
        if (locations == null || locations.isEmpty()) {
            throw new IllegalArgumentException("agent '" + id + "' has no allowed work location");
        }
        skills.forEach((queue, proficiency) -> {
            if (!(proficiency > 0.0 && proficiency <= 1.0)) {
                throw new IllegalArgumentException("agent '" + id + "', queue '" + queue.id() + "': proficiency "
                        + proficiency + " is outside (0, 1]");
            }
        });
        this.id = id;
        this.name = name == null ? id : name;
        this.contract = contract;
        this.skills = new LinkedHashMap<>(skills);
        this.team = team;
        this.teamLead = teamLead;
        this.locations = List.copyOf(locations);
        this.shiftTypes = List.copyOf(shiftTypes);
        this.maxShiftsPerType = Map.copyOf(maxShiftsPerType);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Contract contract() {
        return contract;
    }

    public Map<Queue, Double> skills() {
        return skills;
    }

    public String team() {
        return team;
    }

    public boolean isTeamLead() {
        return teamLead;
    }

    public List<WorkLocation> locations() {
        return locations;
    }

    public List<ShiftType> shiftTypes() {
        return shiftTypes;
    }

    public boolean mayWork(ShiftType shiftType) {
        return shiftTypes.contains(shiftType);
    }

    public int maxShiftsOf(ShiftType shiftType) {
        return maxShiftsPerType.getOrDefault(shiftType.id(), Integer.MAX_VALUE);
    }

    public boolean hasShiftTypeCaps() {
        return !maxShiftsPerType.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agent other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
