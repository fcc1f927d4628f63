package dev.frontline.roster.engine;

import java.util.Set;

/**
 * One allowed shift of a template: a start (minute of the day) and a length; shifts in {@code cannotBeFollowedBy}
 * may not be worked on the next day (e.g. no early after a late). {@code group} names the template the shift type was
 * expanded from, so that a cap per template counts all its shift types together; it defaults to the shift type's own
 * id. Equality is by id because shift types are planning values hashed in every score calculation.
 */
public final class ShiftType {

    private final String id;
    private final int startMinute;
    private final int lengthMinutes;
    private final Set<String> cannotBeFollowedBy;
    private final BreakRule breakRule;
    private final String group;
    private final String groupName;

    public ShiftType(String id, int startMinute, int lengthMinutes, Set<String> cannotBeFollowedBy, BreakRule breakRule) {
        this(id, startMinute, lengthMinutes, cannotBeFollowedBy, breakRule, id);
    }

    public ShiftType(String id, int startMinute, int lengthMinutes, Set<String> cannotBeFollowedBy, BreakRule breakRule,
            String group) {
        this(id, startMinute, lengthMinutes, cannotBeFollowedBy, breakRule, group, null);
    }

    /** @param groupName the template's name as planners call it ("Part-time afternoon"); the group code when null */
    public ShiftType(String id, int startMinute, int lengthMinutes, Set<String> cannotBeFollowedBy, BreakRule breakRule,
            String group, String groupName) {
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
        this.group = group == null || group.isBlank() ? id : group;
        this.groupName = groupName == null || groupName.isBlank() ? this.group : groupName;
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

    /** The template (cap group) this shift type belongs to; its own id when it stands alone. */
    public String group() {
        return group;
    }

    /** The template's name as planners call it, its code when it has none. */
    public String groupName() {
        return groupName;
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
