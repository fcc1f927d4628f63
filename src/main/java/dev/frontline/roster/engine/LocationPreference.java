package dev.frontline.roster.engine;

import java.time.DayOfWeek;

/** An agent prefers to work at {@code location} on a weekday; working elsewhere that day costs {@code weight}. */
public record LocationPreference(Agent agent, DayOfWeek dayOfWeek, WorkLocation location, int weight) {
}
