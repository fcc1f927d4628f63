package dev.frontline.selfservice.officedays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One week of office days as an agent plans it: each day's seats and bookings at their site and whether they booked
 * it, the team's anchor day and the contract's minimum office days (shown and nudged, not enforced when booking),
 * and the centre's cap on office days per agent and week.
 */
public record OfficeWeek(LocalDate monday, String siteCode, String siteName, List<Day> days, DayOfWeek anchorDay,
        int minOfficeDays, int maxOfficeDays, boolean officeEligible) {

    public record Day(LocalDate date, SeatCount seats, boolean mine, boolean bookable) {
    }

    public long booked() {
        return days.stream().filter(Day::mine).count();
    }

    /** The agent has booked fewer office days than their contract asks this week. */
    public boolean belowMinimum() {
        return officeEligible && booked() < minOfficeDays;
    }

    /** The team's anchor day is in this week, bookable and not booked by the agent. */
    public boolean anchorDayOpen() {
        return anchorDay != null && days.stream()
                .anyMatch(d -> d.date().getDayOfWeek() == anchorDay && !d.mine() && d.bookable());
    }
}
