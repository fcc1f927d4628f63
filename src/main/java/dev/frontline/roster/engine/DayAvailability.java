package dev.frontline.roster.engine;

import java.util.Set;

/**
 * On one day an agent may work only the shift types in {@code allowed} (weekly availability, a dated exception); an
 * empty set means not available at all. Days without such a fact are limited only by the agent's shift types.
 */
public record DayAvailability(Agent agent, int day, Set<ShiftType> allowed, String reason) {

    public DayAvailability {
        allowed = Set.copyOf(allowed);
    }

    public boolean permits(ShiftType shiftType) {
        return shiftType == null || allowed.contains(shiftType);
    }
}
