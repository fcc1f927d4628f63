package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

/**
 * Places the first roster's worked days where their agents want to work, after the start phase has chosen the shifts
 * and before local search: every agent-day starts at the agent's first location (home for most), and local search
 * changes a location in few of its moves (a tenth of a shift move's weight, see the solver configuration), so left
 * alone a roster met under a short time limit keeps office wishes and the hybrid policy broken. In order:
 * <ol>
 * <li>each worked day with a location preference (a dated one over the weekday's) goes where it asks, the office only
 * while the site has a seat left that day;</li>
 * <li>each week of an agent whose contract asks for office days gets the office on enough worked days, days without a
 * home wish first, again within the seats.</li>
 * </ol>
 * Pinned days (published shifts kept by a repair) stay as they are and hold their seats.
 */
public class LocationStart implements PhaseCommand<Roster> {

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        placeAll(scoreDirector.getWorkingSolution(), (day, location) -> {
            scoreDirector.beforeVariableChanged(day, "location");
            day.setLocation(location);
            scoreDirector.afterVariableChanged(day, "location");
        }, isPhaseTerminated);
        scoreDirector.triggerVariableListeners();
    }

    /** Places the roster's worked days (see above), each change through {@code move}. */
    static void placeAll(Roster roster, BiConsumer<AgentDay, WorkLocation> move, BooleanSupplier isPhaseTerminated) {
        Map<String, Integer> seated = new HashMap<>();
        roster.getAgentDays().stream().filter(AgentDay::isInOffice).forEach(d -> seated.merge(seatKey(d, d.getLocation()), 1,
                Integer::sum));
        WantedPlaces wanted = new WantedPlaces(roster.getLocationPreferences());
        for (AgentDay day : roster.getAgentDays()) {
            LocationPreference preference = wanted.on(day);
            if (preference != null && day.isWorking() && !day.isPinned()) {
                place(move, day, preference.location(), seated);
            }
        }
        Map<String, List<AgentDay>> weeks = new LinkedHashMap<>();
        roster.getAgentDays().stream().filter(d -> d.getAgent().contract().minOfficeDaysPerWeek() > 0)
                .forEach(d -> weeks.computeIfAbsent(d.getAgent().id() + "#" + d.getWeek(), k -> new ArrayList<>()).add(d));
        for (List<AgentDay> week : weeks.values()) {
            if (isPhaseTerminated.getAsBoolean()) {
                break;
            }
            officeDays(move, week, wanted, seated);
        }
    }

    private static void officeDays(BiConsumer<AgentDay, WorkLocation> move, List<AgentDay> week, WantedPlaces wanted,
            Map<String, Integer> seated) {
        Agent agent = week.get(0).getAgent();
        WorkLocation office = agent.locations().stream().filter(WorkLocation::isOffice).findFirst().orElse(null);
        if (office == null) {
            return;
        }
        long worked = week.stream().filter(AgentDay::isWorking).count();
        long missing = Math.min(worked, agent.contract().minOfficeDaysPerWeek())
                - week.stream().filter(AgentDay::isInOffice).count();
        List<AgentDay> candidates = week.stream().filter(d -> d.isWorking() && !d.isPinned() && !d.isInOffice())
                .sorted(Comparator.comparing((AgentDay d) -> wishesHome(wanted, d)).thenComparingInt(AgentDay::getDay))
                .toList();
        for (AgentDay day : candidates) {
            if (missing <= 0) {
                return;
            }
            if (place(move, day, office, seated)) {
                missing--;
            }
        }
    }

    private static boolean wishesHome(WantedPlaces wanted, AgentDay day) {
        LocationPreference preference = wanted.on(day);
        return preference != null && !preference.location().isOffice();
    }

    /** Moves the day to {@code location} when the agent may work there and, for an office, a seat is free that day. */
    private static boolean place(BiConsumer<AgentDay, WorkLocation> move, AgentDay day, WorkLocation location,
            Map<String, Integer> seated) {
        if (location.equals(day.getLocation()) || !day.getAgent().locations().contains(location)) {
            return location.equals(day.getLocation());
        }
        if (location.isOffice() && seated.getOrDefault(seatKey(day, location), 0) >= location.site().seats()) {
            return false;
        }
        if (day.isInOffice()) {
            seated.merge(seatKey(day, day.getLocation()), -1, Integer::sum);
        }
        if (location.isOffice()) {
            seated.merge(seatKey(day, location), 1, Integer::sum);
        }
        move.accept(day, location);
        return true;
    }

    private static String seatKey(AgentDay day, WorkLocation office) {
        return office.site().id() + "#" + day.getDay();
    }
}
