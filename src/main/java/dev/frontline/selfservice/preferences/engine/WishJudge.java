package dev.frontline.selfservice.preferences.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.DayAvailability;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.TimeOff;
import dev.frontline.roster.engine.WorkLocation;

/**
 * Tells, for each date of each wish, whether a roster honoured it and, if not, the likeliest reason in the roster's
 * own facts: the contract's hours and runs, time off and availability, seats taken, the hybrid policy, colleagues of
 * the same team wanting the same day. A start or location wish speaks of a worked day, so a day off yields no verdict
 * for it; a wish for an agent or date outside the roster yields none either.
 */
public final class WishJudge {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private WishJudge() {
    }

    public static List<Verdict> judge(Roster roster, List<DatedWish> wishes) {
        return judge(roster, wishes, Set.of());
    }

    /** The key of an office-day booking in {@link #judge(Roster, List, Set)}: the agent's engine id and the date. */
    public static String bookingKey(String agentId, LocalDate date) {
        return agentId + "#" + date;
    }

    /**
     * @param officeBookings office days the agents booked, as {@link #bookingKey}s: a seat they took tells an agent
     *        whose office wish found the site full that earlier bookings had taken the seats
     */
    public static List<Verdict> judge(Roster roster, List<DatedWish> wishes, Set<String> officeBookings) {
        Map<String, AgentDay> days = new HashMap<>();
        roster.getAgentDays().forEach(d -> days.put(d.getAgent().id() + "#" + d.getDay(), d));
        Map<String, int[]> dayOffAsks = new HashMap<>();
        for (DatedWish wish : wishes) {
            AgentDay day = days.get(wish.agentId() + "#" + dayOf(roster, wish.date()));
            if (wish.kind() == DatedWish.Kind.DAY_OFF && day != null && wish.team() != null) {
                int[] tally = dayOffAsks.computeIfAbsent(wish.team() + "#" + wish.date(), k -> new int[2]);
                tally[0]++;
                tally[1] += day.isWorking() ? 0 : 1;
            }
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (DatedWish wish : wishes) {
            AgentDay day = days.get(wish.agentId() + "#" + dayOf(roster, wish.date()));
            if (day == null) {
                continue;
            }
            Verdict verdict = switch (wish.kind()) {
                case DAY_OFF -> dayOff(roster, days, day, wish, dayOffAsks);
                case DAY_ON -> dayOn(roster, days, day, wish);
                case START -> day.isWorking() ? start(day, wish) : null;
                case OFFICE -> day.isWorking() ? office(roster, day, wish, officeBookings) : null;
                case HOME -> day.isWorking() ? home(roster, day, wish) : null;
            };
            if (verdict != null) {
                verdicts.add(verdict);
            }
        }
        return verdicts;
    }

    private static int dayOf(Roster roster, LocalDate date) {
        return (int) (date.toEpochDay() - roster.getStartDate().toEpochDay());
    }

    private static Verdict dayOff(Roster roster, Map<String, AgentDay> days, AgentDay day, DatedWish wish,
            Map<String, int[]> dayOffAsks) {
        if (!day.isWorking()) {
            return Verdict.honoured(wish);
        }
        Contract contract = day.getAgent().contract();
        int week = weekMinutes(roster, days, day);
        if (week - day.getCountedMinutes() < contract.minMinutesPerWeek()) {
            return Verdict.refused(wish, Verdict.Reason.CONTRACT_MIN_HOURS, hours(contract.minMinutesPerWeek()));
        }
        int[] asks = wish.team() == null ? null : dayOffAsks.get(wish.team() + "#" + wish.date());
        if (asks != null && asks[0] > 1) {
            return Verdict.refused(wish, Verdict.Reason.DAY_OFF_CONTESTED, wish.date(), asks[0], asks[1]);
        }
        return Verdict.refused(wish, Verdict.Reason.COVERAGE_NEEDED, wish.date());
    }

    private static Verdict dayOn(Roster roster, Map<String, AgentDay> days, AgentDay day, DatedWish wish) {
        if (day.isWorking()) {
            return Verdict.honoured(wish);
        }
        for (TimeOff timeOff : roster.getTimeOffs()) {
            if (timeOff.agent().equals(day.getAgent()) && timeOff.day() == day.getDay()) {
                return Verdict.refused(wish, Verdict.Reason.TIME_OFF, wish.date());
            }
        }
        for (DayAvailability availability : roster.getDayAvailabilities()) {
            if (availability.agent().equals(day.getAgent()) && availability.day() == day.getDay()
                    && availability.allowed().isEmpty()) {
                return Verdict.refused(wish, Verdict.Reason.UNAVAILABLE, wish.date());
            }
        }
        Contract contract = day.getAgent().contract();
        int shortest = day.getAgent().shiftTypes().stream().mapToInt(ShiftType::lengthMinutes).min().orElse(0);
        if (weekMinutes(roster, days, day) - day.getCountedMinutes() + shortest > contract.maxMinutesPerWeek()) {
            return Verdict.refused(wish, Verdict.Reason.CONTRACT_MAX_HOURS, hours(contract.maxMinutesPerWeek()));
        }
        int run = 1 + workedRun(days, day, -1) + workedRun(days, day, 1);
        if (run > contract.maxConsecutiveWorkingDays()) {
            return Verdict.refused(wish, Verdict.Reason.MAX_CONSECUTIVE_DAYS, contract.maxConsecutiveWorkingDays());
        }
        return Verdict.refused(wish, Verdict.Reason.COVERAGE_FULL, wish.date());
    }

    private static Verdict start(AgentDay day, DatedWish wish) {
        int start = day.getShift().startMinute();
        if (start >= wish.earliestMinute() && start <= wish.latestMinute()) {
            return Verdict.honoured(wish);
        }
        boolean possible = day.getAgent().shiftTypes().stream()
                .anyMatch(s -> s.startMinute() >= wish.earliestMinute() && s.startMinute() <= wish.latestMinute());
        if (!possible) {
            return Verdict.refused(wish, Verdict.Reason.NO_SHIFT_STARTS_THEN, clock(wish.earliestMinute()),
                    clock(wish.latestMinute()));
        }
        return Verdict.refused(wish, Verdict.Reason.START_NEEDED, wish.date(), clock(start));
    }

    private static Verdict office(Roster roster, AgentDay day, DatedWish wish, Set<String> officeBookings) {
        if (day.isInOffice()) {
            return Verdict.honoured(wish);
        }
        Site site = day.getAgent().locations().stream().filter(WorkLocation::isOffice).map(WorkLocation::site)
                .findFirst().orElse(null);
        if (site == null) {
            return Verdict.refused(wish, Verdict.Reason.NO_OFFICE);
        }
        List<AgentDay> seated = roster.getAgentDays().stream().filter(d -> d.getDay() == day.getDay() && d.isInOffice()
                && site.equals(d.getLocation().site())).toList();
        if (seated.size() >= site.seats()) {
            long booked = seated.stream()
                    .filter(d -> officeBookings.contains(bookingKey(d.getAgent().id(), wish.date()))).count();
            return Verdict.refused(wish, booked >= site.seats() ? Verdict.Reason.SEATS_BOOKED : Verdict.Reason.SEATS_TAKEN,
                    wish.date(), site.seats(), site.name());
        }
        return Verdict.refused(wish, Verdict.Reason.KEPT_HOME, wish.date());
    }

    private static Verdict home(Roster roster, AgentDay day, DatedWish wish) {
        if (!day.isInOffice()) {
            return Verdict.honoured(wish);
        }
        int minOffice = day.getAgent().contract().minOfficeDaysPerWeek();
        if (minOffice > 0) {
            return Verdict.refused(wish, Verdict.Reason.MIN_OFFICE_DAYS, wish.date(), minOffice);
        }
        if (day.getAgent().isTeamLead()) {
            return Verdict.refused(wish, Verdict.Reason.TEAM_LEAD_IN_OFFICE, wish.date());
        }
        return Verdict.refused(wish, Verdict.Reason.KEPT_IN_OFFICE, wish.date());
    }

    private static int weekMinutes(Roster roster, Map<String, AgentDay> days, AgentDay day) {
        int minutes = 0;
        int first = day.getWeek() * 7;
        for (int d = first; d < Math.min(first + 7, roster.getHorizonDays()); d++) {
            AgentDay other = days.get(day.getAgent().id() + "#" + d);
            minutes += other == null ? 0 : other.getCountedMinutes();
        }
        return minutes;
    }

    private static int workedRun(Map<String, AgentDay> days, AgentDay day, int step) {
        int run = 0;
        for (int d = day.getDay() + step; ; d += step) {
            AgentDay other = days.get(day.getAgent().id() + "#" + d);
            if (other == null || !other.isWorking()) {
                return run;
            }
            run++;
        }
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60) : String.format(java.util.Locale.ROOT, "%.1f", minutes / 60.0);
    }

    private static String clock(int minute) {
        return java.time.LocalTime.of(minute / 60 % 24, minute % 60).format(CLOCK);
    }
}
