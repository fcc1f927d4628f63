package dev.frontline.workforce.masterdata;

import org.hibernate.validator.constraints.Range;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A team: its site, its lead (one of its own agents) and the weekday it meets in the office (1 = Monday). That the
 * site exists and the lead belongs to the team are the service's checks.
 */
public record TeamDraft(
        @NotNull(message = "{masterdata.required}") @Pattern(regexp = Rules.CODE_PATTERN, message = "{masterdata.code}")
        String code,
        @NotBlank(message = "{masterdata.name}") String name,
        @NotBlank(message = "{team.error.site}") String siteCode,
        String leadEmployeeNumber,
        @Range(min = 1, max = 7, message = "{team.error.weekday}") Integer officeWeekday) {
}
