package dev.frontline.selfservice.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A day whose published shift changed since the agent last looked (a repair moved it): what they saw and what it is
 * now. A null start = a day off (a shift added to a day off, or one removed).
 */
public record ScheduleChange(LocalDate date, ZonedDateTime oldStart, ZonedDateTime oldEnd, String oldSiteCode,
        ZonedDateTime newStart, ZonedDateTime newEnd, String newSiteCode) {
}
