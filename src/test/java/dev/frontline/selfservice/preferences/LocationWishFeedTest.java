package dev.frontline.selfservice.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.selfservice.preferences.PreferenceWishSource.PlaceWish;
import dev.frontline.selfservice.preferences.PreferenceWishSource.WantedPlace;

/** How weekday and dated home/office wishes become the engine's weekday and dated location preferences. */
class LocationWishFeedTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final WorkLocation OFFICE = WorkLocation.office(new Site("IST", "Istanbul", 60));
    private static final WorkLocation HOME = WorkLocation.HOME;

    @Test
    void aDatedWishReachesTheEngineForItsDateOnly() {
        Map<LocalDate, WantedPlace> wanted = new HashMap<>();
        wanted.put(MONDAY.plusDays(1), new WantedPlace(OFFICE, 30, true));
        wanted.put(MONDAY.plusDays(11), new WantedPlace(HOME, 10, true));
        assertThat(PreferenceWishSource.locationPreferences(MONDAY, MONDAY.plusDays(13), wanted)).containsExactly(
                new PlaceWish(DayOfWeek.TUESDAY, MONDAY.plusDays(1), OFFICE, 30),
                new PlaceWish(DayOfWeek.FRIDAY, MONDAY.plusDays(11), HOME, 10));
    }

    @Test
    void aWeekdayWishOverEveryDateOfItsWeekdayIsOneWeekdayPreference() {
        Map<LocalDate, WantedPlace> wanted = new HashMap<>();
        wanted.put(MONDAY.plusDays(2), new WantedPlace(HOME, 15, false));
        wanted.put(MONDAY.plusDays(9), new WantedPlace(HOME, 15, false));
        assertThat(PreferenceWishSource.locationPreferences(MONDAY, MONDAY.plusDays(13), wanted))
                .containsExactly(new PlaceWish(DayOfWeek.WEDNESDAY, null, HOME, 15));
    }

    @Test
    void aDatedWishOnOneDateOfAWeekdayWishLeavesTheOtherDatesToTheWeekdayWish() {
        Map<LocalDate, WantedPlace> wanted = new HashMap<>();
        wanted.put(MONDAY.plusDays(2), new WantedPlace(HOME, 15, false));
        wanted.put(MONDAY.plusDays(9), new WantedPlace(OFFICE, 40, true));
        assertThat(PreferenceWishSource.locationPreferences(MONDAY, MONDAY.plusDays(13), wanted)).containsExactly(
                new PlaceWish(DayOfWeek.WEDNESDAY, MONDAY.plusDays(2), HOME, 15),
                new PlaceWish(DayOfWeek.WEDNESDAY, MONDAY.plusDays(9), OFFICE, 40));
    }

    @Test
    void aWeekdayWishOfAWindowShorterThanTheRosterCoversOnlyItsOwnDates() {
        Map<LocalDate, WantedPlace> wanted = new HashMap<>();
        wanted.put(MONDAY.plusDays(7), new WantedPlace(OFFICE, 20, false));
        assertThat(PreferenceWishSource.locationPreferences(MONDAY, MONDAY.plusDays(13), wanted))
                .containsExactly(new PlaceWish(DayOfWeek.MONDAY, MONDAY.plusDays(7), OFFICE, 20));
    }
}
