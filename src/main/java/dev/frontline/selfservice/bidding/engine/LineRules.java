package dev.frontline.selfservice.bidding.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.frontline.roster.engine.Contract;

/**
 * Who may work a line, by the cheap checks of the roster's hard rules on the line alone: the contract's weekly minutes
 * (minimum only in weeks wholly inside the period, counting paid time off), the period's minutes, rest between shifts,
 * consecutive working days, night shifts per week and weekends worked; then the agent's own facts: every queue of the
 * line, a shift type offered each day (templates, availability, no time off) and the place of each shift (home
 * allowed, site allowed). Rules that need the other agents (coverage, seats) are the source roster's business: it is
 * already solved, and a line keeps its shifts and places.
 */
public final class LineRules {

    private LineRules() {
    }

    /** The first contract rule the line breaks under the contract, if any (paid minutes of time-off days included). */
    public static Optional<Refusal> contract(Contract c, Line line, LocalDate firstDay, int days,
            Map<Integer, Integer> creditedMinutes) {
        Map<LocalDate, Integer> weekMinutes = new TreeMap<>();
        Map<LocalDate, Integer> weekNights = new TreeMap<>();
        Set<Integer> worked = new HashSet<>();
        int total = 0;
        for (LineShift s : line.shifts()) {
            LocalDate monday = s.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weekMinutes.merge(monday, s.shift().lengthMinutes(), Integer::sum);
            if (c.isNightShift(s.shift())) {
                weekNights.merge(monday, 1, Integer::sum);
            }
            worked.add(s.day());
            total += s.shift().lengthMinutes();
        }
        for (Map.Entry<Integer, Integer> credit : creditedMinutes.entrySet()) {
            if (!worked.contains(credit.getKey())) {
                LocalDate date = firstDay.plusDays(credit.getKey());
                weekMinutes.merge(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), credit.getValue(),
                        Integer::sum);
                total += credit.getValue();
            }
        }
        LocalDate lastDay = firstDay.plusDays(days - 1L);
        for (LocalDate monday = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(lastDay); monday = monday.plusWeeks(1)) {
            int minutes = weekMinutes.getOrDefault(monday, 0);
            if (minutes > c.maxMinutesPerWeek()) {
                return Optional.of(Refusal.of("WEEKLY_MAXIMUM", monday, minutes, c.maxMinutesPerWeek()));
            }
            boolean whole = !monday.isBefore(firstDay) && !monday.plusDays(6).isAfter(lastDay);
            if (whole && minutes < c.minMinutesPerWeek()) {
                return Optional.of(Refusal.of("WEEKLY_MINIMUM", monday, minutes, c.minMinutesPerWeek()));
            }
            int nights = weekNights.getOrDefault(monday, 0);
            if (nights > c.maxNightShiftsPerWeek()) {
                return Optional.of(Refusal.of("NIGHTS", monday, nights, c.maxNightShiftsPerWeek()));
            }
        }
        if (total > c.maxMinutesInHorizon()) {
            return Optional.of(Refusal.of("PERIOD_MAXIMUM", total, c.maxMinutesInHorizon()));
        }
        if (total < c.minMinutesInHorizon()) {
            return Optional.of(Refusal.of("PERIOD_MINIMUM", total, c.minMinutesInHorizon()));
        }
        List<LineShift> shifts = line.shifts();
        int run = 0;
        for (int i = 0; i < shifts.size(); i++) {
            LineShift s = shifts.get(i);
            if (i > 0) {
                LineShift before = shifts.get(i - 1);
                int rest = s.startMinute() - before.endMinute();
                if (rest < c.minRestMinutes()) {
                    return Optional.of(Refusal.of("REST", s.date(), rest, c.minRestMinutes()));
                }
                run = before.day() + 1 == s.day() ? run + 1 : 1;
            } else {
                run = 1;
            }
            if (run > c.maxConsecutiveWorkingDays()) {
                return Optional.of(Refusal.of("CONSECUTIVE_DAYS", s.date(), run, c.maxConsecutiveWorkingDays()));
            }
        }
        Set<LocalDate> weekends = new TreeSet<>();
        for (LineShift s : shifts) {
            DayOfWeek dow = s.date().getDayOfWeek();
            if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
                weekends.add(s.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)));
            }
        }
        if (weekends.size() > c.maxWeekends()) {
            return Optional.of(Refusal.of("WEEKENDS", weekends.size(), c.maxWeekends()));
        }
        return Optional.empty();
    }

    /** The first of the agent's own facts the line does not fit (skills, availability and time off, places). */
    public static Optional<Refusal> agent(Candidate candidate, Line line) {
        Set<String> missing = new TreeSet<>(line.queues());
        missing.removeAll(candidate.queues());
        if (!missing.isEmpty()) {
            return Optional.of(Refusal.of("SKILLS", String.join(", ", missing)));
        }
        for (LineShift s : line.shifts()) {
            if (candidate.timeOffDays().contains(s.day())) {
                return Optional.of(Refusal.of("TIME_OFF", s.date()));
            }
            if (s.day() >= candidate.offered().size() || !candidate.offered().get(s.day()).contains(s.shift())) {
                return Optional.of(Refusal.of("NOT_AVAILABLE", s.date(), s.shift().id()));
            }
            if (s.atHome() ? !candidate.homeAllowed() : !candidate.sites().contains(s.siteCode())) {
                return Optional.of(s.atHome() ? Refusal.of("HOME_NOT_ALLOWED", s.date())
                        : Refusal.of("SITE_NOT_ALLOWED", s.date(), s.siteCode()));
            }
        }
        return Optional.empty();
    }
}
