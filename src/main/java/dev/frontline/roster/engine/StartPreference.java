package dev.frontline.roster.engine;

/**
 * An agent would like a shift on {@code day} to start between {@code earliestMinute} and {@code latestMinute}
 * (minutes of the day; equal for one preferred start). A worked shift starting outside that range costs
 * {@code weight} per quarter-hour it starts too early or too late.
 */
public record StartPreference(Agent agent, int day, int earliestMinute, int latestMinute, int weight) {

    public StartPreference {
        for (int minute : new int[] {earliestMinute, latestMinute}) {
            if (minute < 0 || minute >= 24 * 60) {
                throw new IllegalArgumentException("preferred start of agent '" + agent.id() + "' on day " + day
                        + ": minute " + minute + " is outside 0..1439");
            }
        }
        if (latestMinute < earliestMinute) {
            throw new IllegalArgumentException("preferred start of agent '" + agent.id() + "' on day " + day
                    + ": latest " + latestMinute + " is before earliest " + earliestMinute);
        }
        if (weight < 0) {
            throw new IllegalArgumentException("preferred start of agent '" + agent.id() + "' on day " + day + ": weight "
                    + weight + " is negative");
        }
    }

    /** One preferred start minute. */
    public StartPreference(Agent agent, int day, int startMinute, int weight) {
        this(agent, day, startMinute, startMinute, weight);
    }

    public boolean isRange() {
        return latestMinute > earliestMinute;
    }

    /** Whether the shift starts inside the wished range. */
    public boolean isMetBy(ShiftType shift) {
        return shift.startMinute() >= earliestMinute && shift.startMinute() <= latestMinute;
    }

    /**
     * Quarter-hours of the worked shift that a shift of the same length starting at the nearest wished time would not
     * cover: the distance to the range, at most the whole shift, rounded up to quarter-hours; 0 inside the range.
     */
    public int quartersOff(ShiftType shift) {
        int start = shift.startMinute();
        int distance = start < earliestMinute ? earliestMinute - start : Math.max(0, start - latestMinute);
        int off = Math.min(distance, shift.lengthMinutes());
        return (off + DemandIndex.INTERVAL_MINUTES - 1) / DemandIndex.INTERVAL_MINUTES;
    }
}
