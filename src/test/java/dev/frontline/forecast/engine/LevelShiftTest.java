package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class LevelShiftTest {

    private static TrainingHistory training(List<Observation> history) {
        PreparedHistory prepared = new PreparedHistory(ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 7));
        return TrainingHistory.ordinaryDays(prepared, prepared.lastDay().plusDays(1));
    }

    @Test
    void aStepUpIsFoundWithItsDayAndSize() {
        LocalDate shift = Series.MONDAY.plusWeeks(10);
        List<Observation> history = Series.history(16 * 7, Series::weekday,
                d -> Series.weekdayTotal(d) * (d.isBefore(shift) ? 1 : 1.4));

        LevelShift found = LevelShift.detect(training(history)).orElseThrow();

        assertThat(found.from()).isEqualTo(shift);
        assertThat(found.ratio()).isCloseTo(1.4, within(1e-9));
        assertThat(found.describe().english()).startsWith("level shift of +40 % detected from ").contains(String.valueOf(shift.getYear()));
    }

    @Test
    void steadyGrowthIsNotAShift() {
        List<Observation> history = Series.history(16 * 7, Series::weekday,
                d -> Series.weekdayTotal(d) * Math.pow(1.03, (d.toEpochDay() - Series.MONDAY.toEpochDay()) / 7.0));

        assertThat(LevelShift.detect(training(history))).isEmpty();
    }

    @Test
    void aSmallStepIsNotWorthReporting() {
        LocalDate shift = Series.MONDAY.plusWeeks(8);
        List<Observation> history = Series.history(16 * 7, Series::weekday,
                d -> Series.weekdayTotal(d) * (d.isBefore(shift) ? 1 : 1.05));

        assertThat(LevelShift.detect(training(history))).isEmpty();
    }

    @Test
    void theEngineExplainsTheShift() {
        LocalDate shift = Series.MONDAY.plusWeeks(10);
        List<Observation> history = Series.history(16 * 7, Series::weekday,
                d -> Series.weekdayTotal(d) * (d.isBefore(shift) ? 1 : 0.7));

        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 14));

        assertThat(fc.explanation().englishNotes()).anyMatch(n -> n.startsWith("level shift of -30 % detected from "));
    }
}
