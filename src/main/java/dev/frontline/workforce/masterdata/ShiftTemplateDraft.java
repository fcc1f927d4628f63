package dev.frontline.workforce.masterdata;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A shift template: starts in [earliestStart, latestStart] on the step, one of the lengths, breaks and a lunch placed
 * between the offsets, and the templates that may not follow it on the next day.
 */
public record ShiftTemplateDraft(String code, String name, LocalTime earliestStart, LocalTime latestStart,
        Integer startStepMinutes, List<Integer> lengthsMinutes, Integer breakCount, Integer breakMinutes,
        Integer lunchMinutes, Integer breakEarliestAfterStart, Integer breakLatestBeforeEnd,
        Integer minMinutesBetweenBreaks, Set<String> forbiddenSuccessors) {
}
