package dev.frontline.selfservice.preferences;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.frontline.db.enums.WishKind;
import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.service.RosterScenario;
import dev.frontline.roster.service.RosterWishSource;
import dev.frontline.selfservice.preferences.persistence.PreferenceRepository;

/**
 * Hands the wishes of every preference window that shares days with a roster's period to the roster engine, as the
 * rules it already has: a day on or off → a day request on each date; a start range → a preferred start at the
 * middle of the range (rounded down to the quarter-hour) on each date; home or office → a location preference for a
 * weekday, see {@link #locationPreferences}. The weight is the wish's priority scaled to a budget of 100 points, so an
 * agent's whole budget weighs the same whatever the window's budget.
 */
@Component
class PreferenceWishSource implements RosterWishSource {

    private final PreferenceRepository repository;

    PreferenceWishSource(PreferenceRepository repository) {
        this.repository = repository;
    }

    static int weight(int priority, int budget) {
        return Math.max(1, Math.round(priority * 100f / budget));
    }

    static int preferredStart(Wish wish) {
        int earliest = wish.earliestStart().toSecondOfDay() / 60;
        int latest = wish.latestStart().toSecondOfDay() / 60;
        int middle = (earliest + latest) / 2;
        return middle - middle % 15;
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
                int day = (int) (date.toEpochDay() - scenario.firstDay().toEpochDay());
                switch (wish.kind()) {
                    case DAY_ON -> scenario.builder().shiftRequest(agentId, day, null, true, weight);
                    case DAY_OFF -> scenario.builder().shiftRequest(agentId, day, null, false, weight);
                    case START -> scenario.builder().startPreference(agentId, day, preferredStart(wish), weight);
                    default -> throw new IllegalStateException("unhandled wish kind " + wish.kind());
                }
            }
        }
        places.forEach((agentId, wanted) -> locationPreferences(scenario.firstDay(), scenario.lastDay(), wanted)
                .forEach(p -> scenario.builder().locationPreference(agentId, p.weekday(), p.location(), p.weight())));
    }

    /** Where an agent wants to work on a date of the roster's period, and whether a dated wish (not a weekday's) said so. */
    record WantedPlace(WorkLocation location, int weight, boolean dated) {
    }

    /** A location preference for one weekday, as the roster engine takes it. */
    record WeekdayPlace(DayOfWeek weekday, WorkLocation location, int weight) {
    }

    /**
     * The engine weighs where someone works per weekday, so an agent's wanted places on the dates of the roster's
     * period become one preference per weekday when that says exactly what was wished: every wished date of the
     * weekday wants the same place, and either a weekday wish is among them (it covers the weekday's unwished dates,
     * as before dated wishes existed) or every date of the weekday in the period is wished (a one-week roster: the
     * date is the weekday's only one). A dated wish thus overrides the weekday wish on a one-week roster; on a longer
     * one, a weekday whose dates want different places, or a dated wish that would spread to the weekday's other
     * dates, reaches the solver not at all rather than wrongly — it is still judged against the roster afterwards. The
     * weight is the smallest of the dates', so no date weighs more than its wish asked.
     */
    static List<WeekdayPlace> locationPreferences(LocalDate firstDay, LocalDate lastDay, Map<LocalDate, WantedPlace> wanted) {
        Map<DayOfWeek, List<LocalDate>> datesOf = new TreeMap<>();
        firstDay.datesUntil(lastDay.plusDays(1)).forEach(d -> datesOf.computeIfAbsent(d.getDayOfWeek(),
                w -> new ArrayList<>()).add(d));
        List<WeekdayPlace> result = new ArrayList<>();
        datesOf.forEach((weekday, dates) -> {
            List<WantedPlace> wished = dates.stream().map(wanted::get).filter(Objects::nonNull).toList();
            if (wished.isEmpty()) {
                return;
            }
            Set<WorkLocation> locations = new HashSet<>();
            wished.forEach(w -> locations.add(w.location()));
            boolean weekdayWish = wished.stream().anyMatch(w -> !w.dated());
            if (locations.size() == 1 && (weekdayWish || wished.size() == dates.size())) {
                result.add(new WeekdayPlace(weekday, wished.get(0).location(),
                        wished.stream().mapToInt(WantedPlace::weight).min().orElseThrow()));
            }
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
