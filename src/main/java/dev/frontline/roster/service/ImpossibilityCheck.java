package dev.frontline.roster.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.DayAvailability;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.TimeOff;
import dev.frontline.roster.engine.WorkLocation;

/**
 * Finds the rules a loaded problem cannot keep, week by week (weeks start on the horizon's first day, a Monday):
 * <ul>
 * <li>weekly minutes: Σ over the agent's available days of the longest shift allowed that day, plus the contract's
 * time-off credit per day of approved leave, below the contract's minimum minutes per week;</li>
 * <li>office days: fewer available days than the contract's office days per week (for agents who may use an office);</li>
 * <li>seats: an office's seats × 7 below Σ min(office days, available days) of the agents who may work there.</li>
 * </ul>
 * A day is available when it has no approved time off and its availability allows at least one of the agent's shifts.
 * These are upper bounds of what any roster can give, so every finding is a rule broken in every roster.
 */
final class ImpossibilityCheck {

    private static final int WEEK = 7;

    private ImpossibilityCheck() {
    }

    static List<Impossibility> of(Roster roster) {
        Map<String, Set<Integer>> leave = new HashMap<>();
        for (TimeOff t : roster.getTimeOffs()) {
            leave.computeIfAbsent(t.agent().id(), a -> new HashSet<>()).add(t.day());
        }
        Map<String, DayAvailability> availability = new HashMap<>();
        for (DayAvailability a : roster.getDayAvailabilities()) {
            availability.put(a.agent().id() + "#" + a.day(), a);
        }
        List<Impossibility> found = new ArrayList<>();
        int weeks = roster.getHorizonDays() / WEEK;
        for (int week = 0; week < weeks; week++) {
            LocalDate weekStart = roster.getStartDate().plusDays((long) week * WEEK);
            Map<Site, long[]> officeDays = new LinkedHashMap<>();
            for (Agent agent : roster.getAgents()) {
                Contract contract = agent.contract();
                int availableDays = 0;
                int leaveDays = 0;
                long availableMinutes = 0;
                for (int day = week * WEEK; day < (week + 1) * WEEK; day++) {
                    if (leave.getOrDefault(agent.id(), Set.of()).contains(day)) {
                        leaveDays++;
                        continue;
                    }
                    DayAvailability limit = availability.get(agent.id() + "#" + day);
                    int longest = agent.shiftTypes().stream().filter(s -> limit == null || limit.permits(s))
                            .mapToInt(ShiftType::lengthMinutes).max().orElse(0);
                    if (longest > 0) {
                        availableDays++;
                        availableMinutes += longest;
                    }
                }
                long reachable = availableMinutes + (long) leaveDays * contract.timeOffCreditMinutes();
                if (reachable < contract.minMinutesPerWeek()) {
                    found.add(new Impossibility(Impossibility.Rule.WEEKLY_MINUTES, agent.id(), agent.name(), contract.id(),
                            null, weekStart, reachable, contract.minMinutesPerWeek()));
                }
                List<Site> offices = agent.locations().stream().filter(WorkLocation::isOffice).map(WorkLocation::site).toList();
                if (contract.minOfficeDaysPerWeek() > 0 && !offices.isEmpty()) {
                    if (availableDays < contract.minOfficeDaysPerWeek()) {
                        found.add(new Impossibility(Impossibility.Rule.OFFICE_DAYS, agent.id(), agent.name(),
                                contract.id(), null, weekStart, availableDays, contract.minOfficeDaysPerWeek()));
                    }
                    // an agent with one office needs its seats; with several, no single office is forced
                    if (offices.size() == 1) {
                        officeDays.computeIfAbsent(offices.get(0), s -> new long[1])[0] +=
                                Math.min(availableDays, contract.minOfficeDaysPerWeek());
                    }
                }
            }
            officeDays.forEach((site, needed) -> {
                long seatDays = (long) site.seats() * WEEK;
                if (needed[0] > seatDays) {
                    found.add(new Impossibility(Impossibility.Rule.SEATS, null, null, null, site.name(), weekStart,
                            seatDays, needed[0]));
                }
            });
        }
        return List.copyOf(found);
    }
}
