package dev.frontline.workforce.masterdata;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A site as the planner edits it: where it is, its office seats, opening hours and local holidays. The constraints
 * are the one statement of the rules a site can check by itself (messages in {@code ValidationMessages.properties});
 * that its code is free is the service's check.
 */
@SiteHoursAndHolidays
public record SiteDraft(
        @NotNull(message = "{masterdata.required}") @Pattern(regexp = Rules.CODE_PATTERN, message = "{masterdata.code}")
        String code,
        @NotBlank(message = "{masterdata.name}") String name,
        @NotNull(message = "{masterdata.required}") @HolidayCalendarCountry String countryCode,
        @NotNull(message = "{masterdata.required}") @RegionTimeZone String timeZone,
        @NotNull(message = "{masterdata.required}") @Min(value = 0, message = "{site.error.seats}") Integer officeSeats,
        @NotNull(message = "{masterdata.required}") LocalTime opensAt,
        @NotNull(message = "{masterdata.required}") LocalTime closesAt,
        List<@Valid LocalHoliday> localHolidays) {

    /** A holiday of this site beyond its country's public holidays. */
    public record LocalHoliday(@NotNull(message = "{site.error.holiday}") LocalDate date,
            @NotBlank(message = "{site.error.holiday}") String name) {
        @Override
        public String toString() {
            return date + " " + name;
        }
    }
}
