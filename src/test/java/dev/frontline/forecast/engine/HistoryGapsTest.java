package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HistoryGapsTest {

    private static void assertAllFinite(QueueForecast fc) {
        assertThat(fc.intervals()).isNotEmpty().allSatisfy(i -> {
            assertThat(List.of(i.offered(), i.ahtSeconds(), i.lower80(), i.upper80(), i.lower95(), i.upper95()))
                    .allSatisfy(v -> assertThat(v).isFinite().isGreaterThanOrEqualTo(0));
            assertThat(i.lower95()).isLessThanOrEqualTo(i.lower80());
            assertThat(i.lower80()).isLessThanOrEqualTo(i.offered());
            assertThat(i.offered()).isLessThanOrEqualTo(i.upper80());
            assertThat(i.upper80()).isLessThanOrEqualTo(i.upper95());
        });
    }

    @Test
    void missingIntervalsAreRepairedFromTheWeekdayProfile() {
        LocalDate gapDay = Series.MONDAY.plusWeeks(9).plusDays(1);
        List<Observation> history = Series.weeklyPattern(10).stream()
                .filter(o -> !(o.date().equals(gapDay) && o.start().isAfter(LocalTime.of(11, 0)) && o.start().isBefore(LocalTime.of(13, 0))))
                .toList();

        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 7));

        assertAllFinite(fc);
        assertThat(Series.dayTotal(fc, Series.MONDAY.plusWeeks(10).plusDays(1))).isCloseTo(900, within(1e-6));
        assertThat(fc.explanation().englishNotes()).anyMatch(n -> n.contains("3 missing intervals repaired"));
    }

    @Test
    void aNormallyOpenDayAbsentFromTheHistoryIsTreatedAsClosed() {
        LocalDate absent = Series.MONDAY.plusWeeks(7).plusDays(2);
        List<Observation> history = Series.weeklyPattern(10).stream().filter(o -> !o.date().equals(absent)).toList();

        PreparedHistory prepared = new PreparedHistory(ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 7));

        assertThat(prepared.isClosed(absent)).isTrue();
        assertThat(prepared.specialKind(absent.plusDays(1))).isEqualTo(SpecialDayEffects.REOPENING);
        assertThat(prepared.isClosed(Series.MONDAY.plusDays(5))).isTrue();
    }

    @Test
    void aGapOfWeeksIsExplainedAndTheForecastStillComes() {
        LocalDate gapFrom = Series.MONDAY.plusWeeks(6);
        LocalDate gapTo = gapFrom.plusWeeks(3);
        List<Observation> history = Series.weeklyPattern(14).stream()
                .filter(o -> o.date().isBefore(gapFrom) || !o.date().isBefore(gapTo)).toList();

        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 7));

        assertThat(fc.explanation().englishNotes()).anyMatch(n -> n.startsWith("history gap: no data on the normally open days from "
                + english(gapFrom) + " to " + english(gapTo.minusDays(3)) + " (19 days)"));
        assertThat(Series.dayTotal(fc, Series.MONDAY.plusWeeks(14))).isCloseTo(1000, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aSingleMissingDayIsNotCalledAGap() {
        LocalDate absent = Series.MONDAY.plusWeeks(7).plusDays(2);
        List<Observation> history = Series.weeklyPattern(10).stream().filter(o -> !o.date().equals(absent)).toList();

        PreparedHistory prepared = new PreparedHistory(ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 7));

        assertThat(prepared.notes().stream().map(dev.frontline.shared.text.Phrase::english).toList()).noneMatch(n -> n.startsWith("history gap"));
    }

    @Test
    void aHorizonBeyondTheHistorySaysWhatItCannotKnow() {
        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", Series.weeklyPattern(3), IntervalGrain.MINUTES_30, 42));

        assertThat(fc.explanation().englishNotes()).anyMatch(n -> n.startsWith("the horizon (42 days) is longer than the history (19 days)"));
        assertThat(fc.explanation().englishNotes()).anyMatch(n -> n.startsWith("the backtest saw lead times up to"));
        assertThat(fc.days()).filteredOn(d -> !d.closed()).allSatisfy(d -> assertThat(d.offered()).isPositive());
    }

    @Test
    void dstDaysWithNinetyTwoAndOneHundredQuarterHoursAreHandled() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate first = LocalDate.of(2024, 2, 5);
        List<Observation> history = new ArrayList<>();
        for (int day = 0; day < 7 * 40; day++) {
            LocalDate d = first.plusDays(day);
            int quarterHours = (int) java.time.Duration.between(d.atStartOfDay(berlin), d.plusDays(1).atStartOfDay(berlin)).toMinutes() / 15;
            for (int q = 0; q < quarterHours; q++) {
                history.add(Observation.ofIndex(d, q, 15, berlin, 5 + (q % 7), 200.0));
            }
        }
        assertThat(history).anyMatch(o -> o.date().equals(LocalDate.of(2024, 3, 31)));

        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", history, IntervalGrain.MINUTES_15, 14));

        assertAllFinite(fc);
        assertThat(fc.intervals()).hasSize(14 * 96);
    }

    @Test
    void ahtIsForecastPerIntervalWhenTheHistoryHasIt() {
        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", Series.weeklyPattern(10), IntervalGrain.MINUTES_30, 7));

        assertThat(fc.intervals()).filteredOn(i -> i.offered() > 0).allSatisfy(i -> assertThat(i.ahtSeconds()).isCloseTo(300, within(1e-9)));
        assertThat(fc.explanation().ahtMethod().english()).contains("volume-weighted");
        List<Observation> withoutAht = Series.weeklyPattern(10).stream().map(o -> Observation.of(o.date(), o.start(), o.offered())).toList();
        QueueForecast noAht = new ForecastEngine().forecast(ForecastRequest.of("q", withoutAht, IntervalGrain.MINUTES_30, 7));
        assertThat(noAht.intervals()).allSatisfy(i -> assertThat(i.ahtSeconds()).isZero());
        assertThat(noAht.explanation().ahtMethod().english()).contains("no AHT");
    }

    private static String english(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.ENGLISH).format(date);
    }
}
