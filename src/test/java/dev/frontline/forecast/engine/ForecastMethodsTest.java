package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ForecastMethodsTest {

    private static final LocalDate ORIGIN = Series.MONDAY.plusWeeks(12);

    private static List<LocalDate> nextWeek() {
        return IntStream.range(0, 5).mapToObj(ORIGIN::plusDays).toList();
    }

    private static TrainingHistory training(List<Observation> history) {
        PreparedHistory prepared = new PreparedHistory(ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 7));
        return TrainingHistory.ordinaryDays(prepared, ORIGIN);
    }

    static List<String> methods() {
        return ForecastMethods.names();
    }

    @ParameterizedTest
    @MethodSource("methods")
    void everyMethodReproducesAPureWeeklyPattern(String name) {
        TrainingHistory training = training(Series.weeklyPattern(12));
        MethodFit fit = ForecastMethods.byName(name).fit(training, nextWeek());

        for (int d = 0; d < 5; d++) {
            LocalDate day = nextWeek().get(d);
            assertThat(fit.dayTotal(d)).as(name + " total on " + day).isCloseTo(Series.weekdayTotal(day), within(1e-6 * 1000));
            for (int s = Series.OPEN_SLOT; s < Series.CLOSE_SLOT; s++) {
                assertThat(fit.volume()[d][s]).isCloseTo(Series.weekdayTotal(day) * Series.shape(s), within(1e-6));
            }
        }
    }

    @Test
    void regressionFollowsATrendThatTheWeekdayMeanMisses() {
        // +1 % per week, compounding: the truth one week ahead is 1.01^12 times the first week.
        List<Observation> history = Series.history(84, Series::weekday,
                d -> Series.weekdayTotal(d) * Math.pow(1.01, (d.toEpochDay() - Series.MONDAY.toEpochDay()) / 7.0));
        TrainingHistory training = training(history);
        LocalDate monday = nextWeek().get(0);
        double truth = 1000 * Math.pow(1.01, 12);

        double regression = ForecastMethods.byName(ForecastMethods.REGRESSION_PROFILE).fit(training, List.of(monday)).dayTotal(0);
        double mean8 = ForecastMethods.byName(ForecastMethods.WEEKDAY_MEAN_8).fit(training, List.of(monday)).dayTotal(0);

        assertThat(regression).isCloseTo(truth, within(truth * 0.002));
        assertThat(mean8).isLessThan(truth * 0.96);
    }

    @Test
    void fourierRegressionCapturesAMonthlyCycle() {
        List<Observation> history = Series.history(84, Series::weekday,
                d -> Series.weekdayTotal(d) * (1 + 0.15 * Math.cos(2 * Math.PI * (d.getDayOfMonth() - 1) / d.lengthOfMonth())));
        TrainingHistory training = training(history);
        List<LocalDate> days = nextWeek();

        MethodFit fourier = ForecastMethods.byName(ForecastMethods.FOURIER_PROFILE).fit(training, days);
        MethodFit mean4 = ForecastMethods.byName(ForecastMethods.WEEKDAY_MEAN_4).fit(training, days);

        double fourierError = 0;
        double meanError = 0;
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            double truth = Series.weekdayTotal(day) * (1 + 0.15 * Math.cos(2 * Math.PI * (day.getDayOfMonth() - 1) / day.lengthOfMonth()));
            fourierError += Math.abs(fourier.dayTotal(d) - truth) / truth;
            meanError += Math.abs(mean4.dayTotal(d) - truth) / truth;
        }
        assertThat(fourierError / days.size()).isLessThan(0.01);
        assertThat(meanError / days.size()).isGreaterThan(0.03);
    }

    @Test
    void aMethodWithoutEnoughHistorySaysWhy() {
        TrainingHistory training = training(Series.weeklyPattern(2));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ForecastMethods.byName(ForecastMethods.FOURIER_PROFILE).fit(training, nextWeek()))
                .isInstanceOf(MethodNotApplicableException.class)
                .hasMessageContaining("fewer than 25 training days");
    }

    @Test
    void unknownMethodNamesAreRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ForecastMethods.byName("prophet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'prophet'");
    }
}
