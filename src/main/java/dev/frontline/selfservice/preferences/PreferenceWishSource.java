package dev.frontline.selfservice.preferences;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * middle of the range (rounded down to the quarter-hour) on each date; home or office on a weekday → a location
 * preference for that weekday. The weight is the wish's priority scaled to a budget of 100 points, so an agent's
 * whole budget weighs the same whatever the window's budget.
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
        Set<String> located = new HashSet<>();
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
                // one location wish per agent and weekday reaches the engine (the first window's), as a weekday rule
                if (location != null && located.add(agentId + "#" + wish.weekday())) {
                    scenario.builder().locationPreference(agentId, wish.weekday(), location, weight);
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
