package dev.frontline.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.frontline.db.enums.AppRole;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.db.enums.ExitKind;

/** Everything the demo contact centre consists of, generated in memory before it is written in one transaction. */
public record DemoCentre(List<SiteSpec> sites, List<ContractSpec> contracts, List<QueueSpec> queues,
        List<TeamSpec> teams, List<AgentSpec> agents, List<UserSpec> users, List<HistoryRow> history) {

    public record SiteSpec(String code, String name, String countryCode, String timeZone, int officeSeats) {
    }

    public record ContractSpec(String code, String name, int minMinutesPerWeek, int maxMinutesPerWeek,
            int minRestMinutes, int maxConsecutiveWorkingDays, int minConsecutiveDaysOff, int maxWeekendsPer4Weeks,
            int maxNightShiftsPerWeek) {
    }

    /** A queue with its service goal and the shape of its demand (daily volume, AHT, opening hours). */
    public record QueueSpec(String code, String name, ChannelType channel, String language, String timeZone,
            String countryCode, Double slTargetPercent, Integer slThresholdSeconds, Double responseGoalHours,
            Integer chatConcurrency, int priority, double weekdayVolume, double ahtSeconds, LocalTime opens,
            LocalTime closes) {
    }

    public record TeamSpec(String code, String name, String siteCode, String leadEmployeeNumber) {
    }

    public record AgentSpec(String employeeNumber, String firstName, String lastName, String email,
            LocalDate hireDate, LocalDate exitDate, ExitKind exitKind, String exitReason, String contractCode,
            String teamCode, String homeSiteCode, boolean officeEligible, Map<String, Double> skillProficiency) {

        public boolean active() {
            return exitDate == null;
        }
    }

    public record UserSpec(String username, AppRole role, String displayName, String employeeNumber) {
    }

    public record HistoryRow(String queueCode, OffsetDateTime intervalStart, int intervalMinutes, int offered,
            int handled, int abandoned, Double ahtSeconds) {
    }
}
