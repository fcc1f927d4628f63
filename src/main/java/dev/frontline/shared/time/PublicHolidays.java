package dev.frontline.shared.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/** Public holidays of a country (Jollyday), the days contact volume and staffing follow a holiday pattern. */
public final class PublicHolidays {

    private static final Map<String, HolidayManager> MANAGERS = new ConcurrentHashMap<>();

    private PublicHolidays() {
    }

    /** Public holidays of the ISO 3166 country in [from, to]. */
    public static Set<LocalDate> between(String countryCode, LocalDate from, LocalDate to) {
        HolidayManager manager = MANAGERS.computeIfAbsent(countryCode.toUpperCase(Locale.ROOT), code -> {
            if (!HolidayManager.getSupportedCalendarCodes().contains(code)) {
                throw new IllegalArgumentException("No public-holiday calendar for country '" + countryCode + "'");
            }
            return HolidayManager.getInstance(ManagerParameters.create(code));
        });
        Set<LocalDate> days = new TreeSet<>();
        for (Holiday holiday : manager.getHolidays(from, to, HolidayType.PUBLIC_HOLIDAY)) {
            days.add(holiday.getActualDate());
        }
        return days;
    }
}
