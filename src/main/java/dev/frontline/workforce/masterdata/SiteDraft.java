package dev.frontline.workforce.masterdata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A site as the planner edits it: where it is, its office seats, opening hours and local holidays. */
public record SiteDraft(String code, String name, String countryCode, String timeZone, Integer officeSeats,
        LocalTime opensAt, LocalTime closesAt, List<LocalHoliday> localHolidays) {

    /** A holiday of this site beyond its country's public holidays. */
    public record LocalHoliday(LocalDate date, String name) {
        @Override
        public String toString() {
            return date + " " + name;
        }
    }
}
