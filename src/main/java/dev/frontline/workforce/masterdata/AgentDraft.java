package dev.frontline.workforce.masterdata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.ExitKind;

/**
 * An agent as the planner edits them: employment, placement, skills, languages and availability. An agent with no
 * weekly slots is available at any time; exceptions override the pattern on their date. The constraints are the one
 * statement of the rules a record can check by itself (messages in {@code ValidationMessages.properties}); that the
 * contract, team, site and skills exist is the service's check. E-mail addresses are kept in lower case, so the same
 * address typed twice is one address.
 */
@AgentExitComplete
public record AgentDraft(
        @NotNull(message = "{masterdata.required}")
        @Pattern(regexp = Rules.EMPLOYEE_NUMBER_PATTERN, message = "{agent.number}") String employeeNumber,
        @NotBlank(message = "{agent.name}") String firstName,
        @NotBlank(message = "{agent.name}") String lastName,
        @NotNull(message = "{masterdata.required}") @Pattern(regexp = Rules.EMAIL_PATTERN, message = "{agent.email}")
        String email,
        @NotNull(message = "{agent.hire-date}") LocalDate hireDate,
        @NotNull(message = "{agent.status}") AgentStatus status,
        LocalDate exitDate, ExitKind exitKind, String exitReason,
        @NotNull(message = "{agent.contract}") String contractCode,
        String teamCode,
        @NotNull(message = "{agent.site}") String homeSiteCode,
        @NotNull(message = "{agent.office}") Boolean officeEligible,
        List<@Valid SkillLevel> skills,
        Set<@Pattern(regexp = Rules.LANGUAGE_PATTERN, message = "{masterdata.language}") String> languages,
        List<WeeklySlot> weeklyAvailability, List<AvailabilityException> availabilityExceptions) {

    public AgentDraft {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public record SkillLevel(String skillCode,
            @NotNull(message = "{agent.proficiency}") @DecimalMin(value = "0", inclusive = false, message = "{agent.proficiency}")
            @DecimalMax(value = "1", message = "{agent.proficiency}") Double proficiency) {
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
