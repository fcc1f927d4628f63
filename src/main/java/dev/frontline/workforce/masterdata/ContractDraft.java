package dev.frontline.workforce.masterdata;

import java.time.LocalTime;
import java.util.List;

import org.hibernate.validator.constraints.Range;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A contract and its labour rules, in minutes and days as the roster engine reads them. The constraints are the one
 * statement of the rules: the form, the service and the CSV import all check them and word them alike
 * (messages in {@code ValidationMessages.properties}).
 */
@ContractMinimumsWithinMaximums
public record ContractDraft(
        @NotNull(message = "{masterdata.required}") @Pattern(regexp = Rules.CODE_PATTERN, message = "{masterdata.code}")
        String code,
        @NotBlank(message = "{masterdata.name}") String name,
        @NotNull(message = "{masterdata.required}") @Range(min = 0, max = 4800, message = "{contract.min-minutes}")
        Integer minMinutesPerWeek,
        @NotNull(message = "{masterdata.required}") @Range(min = 1, max = 4800, message = "{contract.max-minutes}")
        Integer maxMinutesPerWeek,
        @Range(min = 1, max = 4800, message = "{contract.overtime}") Integer overtimeAfterMinutesPerWeek,
        @NotNull(message = "{masterdata.required}") @Range(min = 0, max = 1440, message = "{contract.rest}")
        Integer minRestMinutes,
        @NotNull(message = "{masterdata.required}") @Range(min = 1, max = 7, message = "{contract.min-days}")
        Integer minConsecutiveWorkingDays,
        @NotNull(message = "{masterdata.required}") @Range(min = 1, max = 14, message = "{contract.max-days}")
        Integer maxConsecutiveWorkingDays,
        @NotNull(message = "{masterdata.required}") @Range(min = 1, max = 7, message = "{contract.days-off}")
        Integer minConsecutiveDaysOff,
        @NotNull(message = "{masterdata.required}") @Range(min = 0, max = 4, message = "{contract.weekends}")
        Integer maxWeekendsPer4Weeks,
        @NotNull(message = "{masterdata.required}") @Range(min = 0, max = 7, message = "{contract.nights}")
        Integer maxNightShiftsPerWeek,
        @NotNull(message = "{contract.night-window}") LocalTime nightStartsAt,
        @NotNull(message = "{contract.night-window}") LocalTime nightEndsAt,
        @NotNull(message = "{masterdata.required}") @Range(min = 0, max = 7, message = "{contract.office-days}")
        Integer minOfficeDaysPerWeek,
        List<@Valid AllowedTemplate> allowedTemplates) {

    /** A shift template agents on this contract may work, capped per 4 weeks when the cap is set. */
    public record AllowedTemplate(String templateCode,
            @Range(min = 0, max = 28, message = "{contract.template-cap}") Integer maxShiftsPer4Weeks) {
        @Override
        public String toString() {
            return maxShiftsPer4Weeks == null ? templateCode : templateCode + " ≤" + maxShiftsPer4Weeks;
        }
    }
}
