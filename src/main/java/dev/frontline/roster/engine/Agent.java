package dev.frontline.roster.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.frontline.shared.text.Phrase;

/**
 * A person to roster. {@code skills} maps each queue the agent can serve to a proficiency in (0, 1];
 * {@code shiftTypes} are the shifts the agent may work (templates and availability), {@code locations} where the agent
 * may work, {@code maxShiftsPerGroup} caps how often the shift types of a group ({@link ShiftType#group()}, the
 * template; a shift type's own id when it stands alone) may be worked together in the horizon (absent = no cap), and
 * {@code capNotes} says, per group, where a cap comes from (e.g. scaled from a cap per 4 weeks) for explanations.
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
    private final Map<String, Integer> maxShiftsPerGroup;
    private final Map<String, Phrase> capNotes;

    public Agent(String id, String name, Contract contract, Map<Queue, Double> skills, String team, boolean teamLead,
            List<WorkLocation> locations, List<ShiftType> shiftTypes, Map<String, Integer> maxShiftsPerGroup) {
        this(id, name, contract, skills, team, teamLead, locations, shiftTypes, maxShiftsPerGroup, Map.of());
    }

    @SuppressWarnings("java:S107") // an agent carries every fact the rules read
    public Agent(String id, String name, Contract contract, Map<Queue, Double> skills, String team, boolean teamLead,
            List<WorkLocation> locations, List<ShiftType> shiftTypes, Map<String, Integer> maxShiftsPerGroup,
            Map<String, Phrase> capNotes) {
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
        this.maxShiftsPerGroup = Map.copyOf(maxShiftsPerGroup);
        this.capNotes = Map.copyOf(capNotes);
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

    /** The cap of the shift type's group (its template), shared by all shift types of the group. */
    public int maxShiftsOf(ShiftType shiftType) {
        return maxShiftsOfGroup(shiftType.group());
    }

    public int maxShiftsOfGroup(String group) {
        return maxShiftsPerGroup.getOrDefault(group, Integer.MAX_VALUE);
    }

    /** Where the group's cap comes from, or null when it is given as it is. */
    public Phrase capNote(String group) {
        return capNotes.get(group);
    }

    public boolean hasShiftTypeCaps() {
        return !maxShiftsPerGroup.isEmpty();
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
