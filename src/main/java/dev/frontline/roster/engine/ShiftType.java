package dev.frontline.roster.engine;

import java.util.Set;

/**
 * One allowed shift of a template: a start (minute of the day) and a length; shifts in {@code cannotBeFollowedBy}
 * may not be worked on the next day (e.g. no early after a late). Equality is by id because shift types are planning
 * values hashed in every score calculation.
 */
public final class ShiftType {

    private final String id;
    private final int startMinute;
    private final int lengthMinutes;
    private final Set<String> cannotBeFollowedBy;
    private final BreakRule breakRule;

    public ShiftType(String id, int startMinute, int lengthMinutes, Set<String> cannotBeFollowedBy, BreakRule breakRule) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("shift type id is blank");
        }
        if (startMinute < 0 || startMinute >= 24 * 60) {
            throw new IllegalArgumentException("shift type '" + id + "': start minute " + startMinute + " is outside 0..1439");
        }
        if (lengthMinutes <= 0) {
            throw new IllegalArgumentException("shift type '" + id + "': length " + lengthMinutes + " is not positive");
        }
        this.id = id;
        this.startMinute = startMinute;
        this.lengthMinutes = lengthMinutes;
        this.cannotBeFollowedBy = Set.copyOf(cannotBeFollowedBy);
        this.breakRule = breakRule == null ? BreakRule.none() : breakRule;
    }

    public ShiftType(String id, int startMinute, int lengthMinutes) {
        this(id, startMinute, lengthMinutes, Set.of(), BreakRule.none());
    }

    public String id() {
        return id;
    }

    public int startMinute() {
        return startMinute;
    }

    public int lengthMinutes() {
        return lengthMinutes;
    }

    public int endMinute() {
        return startMinute + lengthMinutes;
    }

    public Set<String> cannotBeFollowedBy() {
        return cannotBeFollowedBy;
    }

    public BreakRule breakRule() {
        return breakRule;
    }

    public boolean forbidsNextDay(ShiftType next) {
        return cannotBeFollowedBy.contains(next.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShiftType other && id.equals(other.id);
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
