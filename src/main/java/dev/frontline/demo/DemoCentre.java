package dev.frontline.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.frontline.db.enums.AppRole;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.db.enums.ExitKind;

/** Everything the demo contact centre consists of, generated in memory before it is written in one transaction. */
public record DemoCentre(List<SiteSpec> sites, List<ContractSpec> contracts, List<QueueSpec> queues,
        List<TeamSpec> teams, List<AgentSpec> agents, List<UserSpec> users, List<HistoryRow> history) {

    /** A site with one local holiday of its own beside the country's public holidays. */
    public record SiteSpec(String code, String name, String countryCode, String timeZone, int officeSeats,
            MonthDay localHoliday, String localHolidayName) {

        /** The first occurrence of the local holiday after the given day, so the demo's holiday lies ahead. */
        public LocalDate localHolidayAfter(LocalDate day) {
            LocalDate date = localHoliday.atYear(day.getYear());
            return date.isAfter(day) ? date : localHoliday.atYear(day.getYear() + 1);
        }
    }

    public record ContractSpec(String code, String name, int minMinutesPerWeek, int maxMinutesPerWeek,
            int minRestMinutes, int maxConsecutiveWorkingDays, int minConsecutiveDaysOff, int maxWeekendsPer4Weeks,
            int maxNightShiftsPerWeek, int minConsecutiveWorkingDays, Integer overtimeAfterMinutesPerWeek,
            int minOfficeDaysPerWeek) {
    }

    /** A queue with its service goal and the shape of its demand (daily volume, AHT, opening hours). */
    public record QueueSpec(String code, String name, ChannelType channel, String language, String timeZone,
            String countryCode, Double slTargetPercent, Integer slThresholdSeconds, Double responseGoalHours,
            Integer chatConcurrency, int priority, double weekdayVolume, double ahtSeconds, LocalTime opens,
            LocalTime closes) {
    }

    /** A team; office teams meet in the office on {@code officeWeekday} (1 = Monday), home teams have none. */
    public record TeamSpec(String code, String name, String siteCode, String leadEmployeeNumber, Integer officeWeekday) {
    }

    public record AgentSpec(String employeeNumber, String firstName, String lastName, String email,
            LocalDate hireDate, LocalDate exitDate, ExitKind exitKind, String exitReason, String contractCode,
            String teamCode, String homeSiteCode, boolean officeEligible, Map<String, Double> skillProficiency,
            Set<String> languages, List<WeeklySlot> weeklyAvailability, List<AvailabilityException> exceptions) {

        public boolean active() {
            return exitDate == null;
        }
    }

    /** A window the agent is available in every week; no windows means available at any time. */
    public record WeeklySlot(DayOfWeek weekday, LocalTime from, LocalTime to) {
    }

    /** A dated change to the weekly pattern: not available at all ({@code from} null) or only in a window. */
    public record AvailabilityException(LocalDate date, LocalTime from, LocalTime to, String reason) {
    }

    public record UserSpec(String username, AppRole role, String displayName, String employeeNumber) {
    }

    public record HistoryRow(String queueCode, OffsetDateTime intervalStart, int intervalMinutes, int offered,
            int handled, int abandoned, Double ahtSeconds) {
    }
}
