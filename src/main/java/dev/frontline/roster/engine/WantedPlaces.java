package dev.frontline.roster.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each agent wants to work on each day, from their location preferences: a dated preference for its day over
 * the weekday's, as the rule "Location preference not met" weighs them. The one lookup the wish report and the first
 * roster's placing share.
 */
final class WantedPlaces {

    private final Map<String, LocationPreference> byKey = new HashMap<>();

    WantedPlaces(List<LocationPreference> preferences) {
        preferences.stream().filter(p -> !p.isDated()).forEach(p -> byKey.put(p.agent().id() + "@" + p.dayOfWeek(), p));
        preferences.stream().filter(LocationPreference::isDated).forEach(p -> byKey.put(p.agent().id() + "#" + p.day(), p));
    }

    /** The preference that speaks for the agent-day, or null. */
    LocationPreference on(AgentDay day) {
        LocationPreference dated = byKey.get(day.getAgent().id() + "#" + day.getDay());
        return dated != null ? dated : byKey.get(day.getAgent().id() + "@" + day.getDayOfWeek());
    }
}
