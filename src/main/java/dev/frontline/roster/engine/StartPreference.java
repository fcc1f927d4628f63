package dev.frontline.roster.engine;

/**
 * An agent would like a shift on {@code day} to start at {@code startMinute} (minute of the day). A worked shift
 * starting elsewhere costs {@code weight} per quarter-hour it does not overlap the preferred one.
 */
public record StartPreference(Agent agent, int day, int startMinute, int weight) {

    public StartPreference {
        if (startMinute < 0 || startMinute >= 24 * 60) {
            throw new IllegalArgumentException("preferred start of agent '" + agent.id() + "' on day " + day + ": minute "
                    + startMinute + " is outside 0..1439");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("preferred start of agent '" + agent.id() + "' on day " + day + ": weight "
                    + weight + " is negative");
        }
    }

    /**
     * Quarter-hours of the worked shift that a shift of the same length starting at the preferred time would not
     * cover: the start difference, at most the whole shift, rounded up to quarter-hours; 0 when it starts on time.
     */
    public int quartersOff(ShiftType shift) {
        int off = Math.min(Math.abs(shift.startMinute() - startMinute), shift.lengthMinutes());
        return (off + DemandIndex.INTERVAL_MINUTES - 1) / DemandIndex.INTERVAL_MINUTES;
    }
}
