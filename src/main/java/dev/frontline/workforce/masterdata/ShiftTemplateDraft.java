package dev.frontline.workforce.masterdata;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.validator.constraints.Range;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A shift template: starts in [earliestStart, latestStart] on the step, one of the lengths, breaks and a lunch placed
 * between the offsets, and the templates that may not follow it on the next day. The constraints are the one
 * statement of the rules (messages in {@code ValidationMessages.properties}); the lengths are kept ascending and
 * without repeats, whoever writes them.
 */
@ShiftTemplateStartWindow
public record ShiftTemplateDraft(
        @NotNull(message = "{masterdata.required}") @Pattern(regexp = Rules.CODE_PATTERN, message = "{masterdata.code}")
        String code,
        @NotBlank(message = "{masterdata.name}") String name,
        @NotNull(message = "{masterdata.required}") LocalTime earliestStart,
        @NotNull(message = "{masterdata.required}") LocalTime latestStart,
        @NotNull(message = "{masterdata.required}") @AllowedValues(value = {15, 30, 60}, message = "{shift-template.step}")
        Integer startStepMinutes,
        @NotNull(message = "{shift-template.lengths}") @Size(min = 1, max = 12, message = "{shift-template.lengths}")
        List<@NotNull(message = "{masterdata.required}") @Range(min = 60, max = 960, message = "{shift-template.length}") Integer> lengthsMinutes,
        @NotNull(message = "{masterdata.required}") @Range(min = 0, max = 4, message = "{shift-template.break-count}")
        Integer breakCount,
        @NotNull(message = "{masterdata.required}") @Range(min = 0, max = 60, message = "{shift-template.break-minutes}")
        @MultipleOf(value = 15, message = "{shift-template.break-minutes}") Integer breakMinutes,
        @NotNull(message = "{masterdata.required}") @Range(min = 0, max = 120, message = "{shift-template.lunch-minutes}")
        @MultipleOf(value = 15, message = "{shift-template.lunch-minutes}") Integer lunchMinutes,
        @NotNull(message = "{masterdata.required}") @Range(min = 0, max = 600, message = "{shift-template.offset}")
        Integer breakEarliestAfterStart,
        @NotNull(message = "{masterdata.required}") @Range(min = 0, max = 600, message = "{shift-template.offset}")
        Integer breakLatestBeforeEnd,
        @NotNull(message = "{masterdata.required}") @Range(min = 0, max = 600, message = "{shift-template.gap}")
        Integer minMinutesBetweenBreaks,
        Set<String> forbiddenSuccessors) {

    public ShiftTemplateDraft {
        if (lengthsMinutes != null && lengthsMinutes.stream().noneMatch(Objects::isNull)) {
            lengthsMinutes = List.copyOf(new TreeSet<>(lengthsMinutes));
        }
    }
}
