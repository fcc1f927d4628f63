package dev.frontline.workforce.masterdata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.ExitKind;

/**
 * An agent as the planner edits them: employment, placement, skills, languages and availability. An agent with no
 * weekly slots is available at any time; exceptions override the pattern on their date.
 */
public record AgentDraft(String employeeNumber, String firstName, String lastName, String email, LocalDate hireDate,
        AgentStatus status, LocalDate exitDate, ExitKind exitKind, String exitReason, String contractCode,
        String teamCode, String homeSiteCode, Boolean officeEligible, List<SkillLevel> skills, Set<String> languages,
        List<WeeklySlot> weeklyAvailability, List<AvailabilityException> availabilityExceptions) {

    public record SkillLevel(String skillCode, Double proficiency) {
        @Override
        public String toString() {
            return skillCode + " " + proficiency;
        }
    }

    public record WeeklySlot(DayOfWeek weekday, LocalTime from, LocalTime to) {
        @Override
        public String toString() {
            return weekday + " " + from + "–" + to;
        }
    }

    /** Not available at all that day, or only between from and to. */
    public record AvailabilityException(LocalDate date, boolean available, LocalTime from, LocalTime to,
            String reason) {
        @Override
        public String toString() {
            return date + (available ? " " + from + "–" + to : " unavailable") + (reason == null ? "" : " (" + reason + ")");
        }
    }
}
