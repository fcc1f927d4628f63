package dev.frontline.roster.engine;

import java.time.DayOfWeek;

/**
 * An agent prefers to work at {@code location} on a weekday ({@code day} = {@link #EVERY_WEEK}) or on one date
 * ({@code day} = its day index, {@code dayOfWeek} that date's weekday); working elsewhere that day costs {@code weight}.
 * A dated preference speaks for its date over the agent's weekday preference, so an agent who works from home on
 * Tuesdays can still ask for the office on one Tuesday.
 */
public record LocationPreference(Agent agent, DayOfWeek dayOfWeek, int day, WorkLocation location, int weight) {

    /** The {@code day} of a preference that holds on every date of its weekday. */
    public static final int EVERY_WEEK = -1;

    public LocationPreference {
        if (day < EVERY_WEEK) {
            throw new IllegalArgumentException("location preference of agent '" + agent.id() + "': day " + day
                    + " is negative");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("location preference of agent '" + agent.id() + "': weight " + weight
                    + " is negative");
        }
    }

    /** A preference for every date of a weekday. */
    public LocationPreference(Agent agent, DayOfWeek dayOfWeek, WorkLocation location, int weight) {
        this(agent, dayOfWeek, EVERY_WEEK, location, weight);
    }

    public boolean isDated() {
        return day != EVERY_WEEK;
    }

    /** Whether the preference speaks of the day with this index (its weekday being {@link #dayOfWeek}). */
    public boolean covers(int dayIndex) {
        return day == EVERY_WEEK || day == dayIndex;
    }
}
