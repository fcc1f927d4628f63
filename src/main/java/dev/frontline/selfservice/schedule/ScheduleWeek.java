package dev.frontline.selfservice.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * A week of an agent's schedule: each day's shift, approved time off or office booking, and the week's paid hours
 * against the contract's minimum and maximum.
 */
public record ScheduleWeek(LocalDate monday, List<Day> days, int paidMinutes, int contractMinMinutes,
        int contractMaxMinutes) {

    /**
     * One day: its shift (null = a day off), the kind of approved time off on it (or null), whether an office day is
     * booked, and whether a pending time-off request covers it.
     */
    public record Day(LocalDate date, ScheduledShift shift, String timeOffKind, boolean officeBooked,
            boolean timeOffPending) {
    }
}
