package dev.frontline.selfservice.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.selfservice.preferences.PreferenceWishSource.WantedPlace;
import dev.frontline.selfservice.preferences.PreferenceWishSource.WeekdayPlace;

/** How weekday and dated home/office wishes become the engine's per-weekday location preferences. */
class LocationWishFeedTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final WorkLocation OFFICE = WorkLocation.office(new Site("IST", "Istanbul", 60));
    private static final WorkLocation HOME = WorkLocation.HOME;

    @Test
    void onAOneWeekRosterADatedWishSpeaksForItsWeekdayAndOverridesTheWeekdayWish() {
        Map<LocalDate, WantedPlace> wanted = new HashMap<>();
        wanted.put(MONDAY.plusDays(1), new WantedPlace(OFFICE, 30, true));
        wanted.put(MONDAY.plusDays(4), new WantedPlace(HOME, 10, true));
        assertThat(PreferenceWishSource.locationPreferences(MONDAY, MONDAY.plusDays(6), wanted)).containsExactly(
                new WeekdayPlace(DayOfWeek.TUESDAY, OFFICE, 30), new WeekdayPlace(DayOfWeek.FRIDAY, HOME, 10));
    }

    @Test
    void onALongerRosterADatedWishIsNotSpreadToTheWeekdaysOtherDates() {
        Map<LocalDate, WantedPlace> wanted = new HashMap<>();
        wanted.put(MONDAY.plusDays(1), new WantedPlace(OFFICE, 30, true));
        assertThat(PreferenceWishSource.locationPreferences(MONDAY, MONDAY.plusDays(13), wanted)).isEmpty();
        // both Tuesdays wished alike: the weekday rule says exactly that, at the smaller weight
        wanted.put(MONDAY.plusDays(8), new WantedPlace(OFFICE, 20, true));
        assertThat(PreferenceWishSource.locationPreferences(MONDAY, MONDAY.plusDays(13), wanted))
                .containsExactly(new WeekdayPlace(DayOfWeek.TUESDAY, OFFICE, 20));
    }

    @Test
    void aWeekdayWishHoldsUnlessADatedWishWantsAnotherPlaceOnOneOfItsDates() {
        Map<LocalDate, WantedPlace> wanted = new HashMap<>();
        wanted.put(MONDAY.plusDays(2), new WantedPlace(HOME, 15, false));
        assertThat(PreferenceWishSource.locationPreferences(MONDAY, MONDAY.plusDays(13), wanted))
                .containsExactly(new WeekdayPlace(DayOfWeek.WEDNESDAY, HOME, 15));
        wanted.put(MONDAY.plusDays(9), new WantedPlace(OFFICE, 40, true));
        assertThat(PreferenceWishSource.locationPreferences(MONDAY, MONDAY.plusDays(13), wanted)).isEmpty();
    }
}
