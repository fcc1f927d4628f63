package dev.frontline.selfservice.preferences;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.frontline.db.enums.WishKind;
import dev.frontline.roster.engine.AgentWishWeight;
import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.service.RosterScenario;
import dev.frontline.roster.service.RosterWishSource;
import dev.frontline.selfservice.preferences.persistence.PreferenceRepository;

/**
 * Hands the wishes of every preference window that shares days with a roster's period to the roster engine, as the
 * rules it already has: a day on or off → a day request on each date; a start range → a preferred range of starts
 * on each date; home or office → a location preference for a weekday or a date, see {@link #locationPreferences}. The weight is the wish's priority scaled to a budget of 100 points, so an
 * agent's whole budget weighs the same whatever the window's budget.
 */
@Component
class PreferenceWishSource implements RosterWishSource {

    private final PreferenceRepository repository;

    PreferenceWishSource(PreferenceRepository repository) {
        this.repository = repository;
    }

    /** The wish's points scaled to a budget of 100 (at least 1), weighed as every agent wish is. */
    static int weight(int priority, int budget) {
        return AgentWishWeight.of(Math.max(1, Math.round(priority * 100f / budget)));
    }

    private static int minute(java.time.LocalTime time) {
        return time.toSecondOfDay() / 60;
    }

    private static int dayOf(RosterScenario scenario, LocalDate date) {
        return (int) (date.toEpochDay() - scenario.firstDay().toEpochDay());
    }

    @Override
    public void addWishes(RosterScenario scenario) {
        List<PreferenceWindow> windows = repository.windowsOverlapping(scenario.firstDay(), scenario.lastDay());
        if (windows.isEmpty()) {
            return;
        }
        Map<Long, PreferenceWindow> byId = windows.stream().collect(Collectors.toMap(PreferenceWindow::id, Function.identity()));
        Map<String, Map<LocalDate, WantedPlace>> places = new HashMap<>();
        for (var entry : repository.wishesOfWindows(List.copyOf(byId.keySet()))) {
            Wish wish = entry.wish();
            String agentId = entry.agent().employeeNumber();
            if (!scenario.agentIds().containsKey(agentId)) {
                continue;
            }
            PreferenceWindow window = byId.get(wish.windowId());
            int weight = weight(wish.priority(), window.priorityBudget());
            if (wish.kind() == WishKind.HOME || wish.kind() == WishKind.OFFICE) {
                WorkLocation location = location(scenario, entry.agent(), wish.kind());
                if (location == null) {
                    continue;
                }
                Map<LocalDate, WantedPlace> mine = places.computeIfAbsent(agentId, a -> new HashMap<>());
                for (LocalDate date : wish.dates(window)) {
                    if (!date.isBefore(scenario.firstDay()) && !date.isAfter(scenario.lastDay())) {
                        WantedPlace wanted = new WantedPlace(location, weight, wish.onDate() != null);
                        // a dated wish speaks for its date over a weekday wish; otherwise the first window's holds
                        mine.merge(date, wanted, (old, added) -> added.dated() && !old.dated() ? added : old);
                    }
                }
                continue;
            }
            for (LocalDate date : wish.dates(window)) {
                if (date.isBefore(scenario.firstDay()) || date.isAfter(scenario.lastDay())) {
                    continue;
                }
                int day = dayOf(scenario, date);
                switch (wish.kind()) {
                    case DAY_ON -> scenario.builder().shiftRequest(agentId, day, null, true, weight);
                    case DAY_OFF -> scenario.builder().shiftRequest(agentId, day, null, false, weight);
                    case START -> scenario.builder().startPreference(agentId, day, minute(wish.earliestStart()),
                            minute(wish.latestStart()), weight);
                    default -> throw new IllegalStateException("unhandled wish kind " + wish.kind());
                }
            }
        }
        places.forEach((agentId, wanted) -> locationPreferences(scenario.firstDay(), scenario.lastDay(), wanted)
                .forEach(p -> {
                    if (p.date() == null) {
                        scenario.builder().locationPreference(agentId, p.weekday(), p.location(), p.weight());
                    } else {
                        scenario.builder().locationPreference(agentId, dayOf(scenario, p.date()), p.location(), p.weight());
                    }
                }));
    }

    /** Where an agent wants to work on a date of the roster's period, and whether a dated wish (not a weekday's) said so. */
    record WantedPlace(WorkLocation location, int weight, boolean dated) {
    }

    /**
     * A location preference as the roster engine takes it: for every date of a weekday ({@code date} null) or for one
     * date.
     */
    record PlaceWish(DayOfWeek weekday, LocalDate date, WorkLocation location, int weight) {
    }

    /**
     * An agent's wanted places on the dates of the roster's period as the engine's location preferences, exactly: a
     * weekday whose every date in the period is wanted alike by weekday wishes becomes one weekday preference (how
     * the planner and the explanation speak of it); every other wanted date (a dated wish, or a weekday wish that
     * covers only some of the weekday's dates, e.g. of a window shorter than the roster) becomes a dated preference at
     * its own weight, which the engine weighs over the agent's weekday preference on that date.
     */
    static List<PlaceWish> locationPreferences(LocalDate firstDay, LocalDate lastDay, Map<LocalDate, WantedPlace> wanted) {
        Map<DayOfWeek, List<LocalDate>> datesOf = new TreeMap<>();
        firstDay.datesUntil(lastDay.plusDays(1)).forEach(d -> datesOf.computeIfAbsent(d.getDayOfWeek(),
                w -> new ArrayList<>()).add(d));
        List<PlaceWish> result = new ArrayList<>();
        datesOf.forEach((weekday, dates) -> {
            Set<WantedPlace> alike = new HashSet<>();
            dates.forEach(d -> alike.add(wanted.get(d)));
            WantedPlace only = alike.size() == 1 ? alike.iterator().next() : null;
            if (only != null && !only.dated()) {
                result.add(new PlaceWish(weekday, null, only.location(), only.weight()));
                return;
            }
            dates.stream().filter(wanted::containsKey).forEach(d -> result.add(new PlaceWish(weekday, d,
                    wanted.get(d).location(), wanted.get(d).weight())));
        });
        return result;
    }

    private static WorkLocation location(RosterScenario scenario, PreferenceRepository.AgentFacts agent, WishKind kind) {
        if (kind == WishKind.HOME) {
            return WorkLocation.HOME;
        }
        Site site = scenario.sites().get(agent.siteCode());
        return agent.officeEligible() && site != null && site.seats() > 0 ? WorkLocation.office(site) : null;
    }

    /** The weekdays a window covers, for messages. */
    static Set<DayOfWeek> weekdays(PreferenceWindow window) {
        return window.firstDay().datesUntil(window.lastDay().plusDays(1)).map(LocalDate::getDayOfWeek)
                .collect(Collectors.toSet());
    }
}
