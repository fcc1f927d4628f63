package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SpecialDaysTest {

    private static final LocalDate START = Series.MONDAY.plusWeeks(16);

    @Test
    void aPublicHolidayEffectIsLearnedFromPastHolidaysOfTheSameKind() {
        Set<LocalDate> holidays = Set.of(Series.MONDAY.plusWeeks(3).plusDays(2), Series.MONDAY.plusWeeks(9).plusDays(2));
        LocalDate future = START.plusDays(2);
        List<Observation> history = Series.history(16 * 7, Series::weekday,
                d -> Series.weekdayTotal(d) * (holidays.contains(d) ? 0.6 : 1));
        List<SpecialDay> specials = new ArrayList<>();
        holidays.forEach(d -> specials.add(SpecialDay.holiday(d, "regional holiday")));
        specials.add(SpecialDay.holiday(future, "regional holiday"));

        QueueForecast fc = new ForecastEngine().forecast(
                ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 7).withSpecialDays(specials));

        assertThat(Series.dayTotal(fc, future)).isCloseTo(850 * 0.6, within(1e-6));
        DayForecast day = fc.days().stream().filter(d -> d.date().equals(future)).findFirst().orElseThrow();
        assertThat(day.effect().kind()).isEqualTo("public_holiday:regional holiday");
        assertThat(day.effect().source().english()).isEqualTo("learned from 2 past days");
        assertThat(day.note().english()).isEqualTo("special day: public holiday regional holiday, ×0.600 (learned from 2 past days)");
        assertThat(day.note().render(Locale.forLanguageTag("pl")))
                .isEqualTo("dzień szczególny: święto regional holiday, ×0,600 (wyuczony z 2 wcześniejszych dni)");
        assertThat(day.note().render(Locale.forLanguageTag("tr"))).startsWith("özel gün: resmî tatil regional holiday, ×0,600");
        // The holidays were held out of training: ordinary days are untouched by them.
        assertThat(Series.dayTotal(fc, START)).isCloseTo(1000, within(1e-6));
    }

    @Test
    void aGivenEventUpliftIsAppliedAsIs() {
        LocalDate campaign = START.plusDays(1);
        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", Series.weeklyPattern(16), IntervalGrain.MINUTES_30, 7)
                .withSpecialDays(List.of(SpecialDay.event(campaign, "campaign", 25.0))));

        assertThat(Series.dayTotal(fc, campaign)).isCloseTo(900 * 1.25, within(1e-6));
        DayForecast day = fc.days().stream().filter(d -> d.date().equals(campaign)).findFirst().orElseThrow();
        assertThat(day.note().english()).isEqualTo("special day: event campaign, ×1.250 (given +25.0%)");
    }

    @Test
    void anEventUpliftIsLearnedFromPastEventsWhenNotGiven() {
        LocalDate pastBillRun = Series.MONDAY.plusWeeks(8).plusDays(3);
        LocalDate futureBillRun = START.plusDays(3);
        List<Observation> history = Series.history(16 * 7, Series::weekday,
                d -> Series.weekdayTotal(d) * (d.equals(pastBillRun) ? 1.3 : 1));

        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 7)
                .withSpecialDays(List.of(SpecialDay.event(pastBillRun, "bill run", null), SpecialDay.event(futureBillRun, "bill run", null))));

        assertThat(Series.dayTotal(fc, futureBillRun)).isCloseTo(800 * 1.3, within(1e-6));
    }

    @Test
    void anUnknownEventKindAppliesNoUpliftAndSaysSo() {
        LocalDate outage = START.plusDays(4);
        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", Series.weeklyPattern(16), IntervalGrain.MINUTES_30, 7)
                .withSpecialDays(List.of(SpecialDay.event(outage, "outage", null))));

        DayForecast day = fc.days().stream().filter(d -> d.date().equals(outage)).findFirst().orElseThrow();
        assertThat(day.offered()).isCloseTo(950, within(1e-6));
        assertThat(day.effect().source().english()).contains("no past day of this kind");
    }

    @Test
    void closedDaysAndClosedWeekdaysForecastZero() {
        LocalDate closed = START.plusDays(2);
        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", Series.weeklyPattern(16), IntervalGrain.MINUTES_30, 7)
                .withSpecialDays(List.of(SpecialDay.closed(closed, "company day"))).withFirstDay(START));

        assertThat(fc.days()).hasSize(7);
        assertThat(fc.days()).filteredOn(DayForecast::closed).extracting(DayForecast::date)
                .containsExactlyInAnyOrder(closed, START.plusDays(5), START.plusDays(6));
        assertThat(fc.intervals()).noneMatch(i -> i.date().equals(closed));
        assertThat(fc.days()).filteredOn(d -> d.date().equals(closed)).singleElement()
                .satisfies(d -> assertThat(d.note().english()).isEqualTo("closed: company day"));
        assertThat(fc.days()).filteredOn(d -> d.date().equals(START.plusDays(6))).singleElement()
                .satisfies(d -> {
                    assertThat(d.note().english()).isEqualTo("closed: no contacts on Sunday in recent weeks");
                    assertThat(d.note().render(Locale.forLanguageTag("tr")))
                            .isEqualTo("kapalı: son haftalarda Pazar günleri hiç kontak yok");
                });
    }

    @Test
    void theDayAfterAClosureCarriesALearnedCatchUpUplift() {
        // Past closures on Mondays 4 and 10 weeks in; the Tuesdays after them had 20 % more.
        Set<LocalDate> closures = Set.of(Series.MONDAY.plusWeeks(4), Series.MONDAY.plusWeeks(10));
        List<Observation> history = Series.history(16 * 7, d -> Series.weekday(d) && !closures.contains(d),
                d -> Series.weekdayTotal(d) * (closures.contains(d.minusDays(1)) ? 1.2 : 1));
        LocalDate closedMonday = START;

        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 7)
                .withSpecialDays(List.of(SpecialDay.closed(closedMonday, "bank holiday"))));

        assertThat(Series.dayTotal(fc, START.plusDays(1))).isCloseTo(900 * 1.2, within(1e-6));
        assertThat(Series.dayTotal(fc, START.plusDays(2))).isCloseTo(850, within(1e-6));
    }
}
