package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ModelSelectionTest {

    private static final ForecastSettings SINGLE_BEST = new ForecastSettings(4, 1, List.of());

    private static QueueForecast forecast(List<Observation> history, ForecastSettings settings) {
        return new ForecastEngine(settings).forecast(ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 14));
    }

    @Test
    void aTrendIsGivenToTheTrendRegression() {
        List<Observation> history = Series.history(16 * 7, Series::weekday,
                d -> Series.weekdayTotal(d) * Math.pow(1.02, (d.toEpochDay() - Series.MONDAY.toEpochDay()) / 7.0));

        QueueForecast fc = forecast(history, SINGLE_BEST);

        assertThat(fc.explanation().method()).isEqualTo(ForecastMethods.REGRESSION_PROFILE);
        assertThat(fc.scores()).filteredOn(MethodScore::chosen).singleElement()
                .extracting(MethodScore::method).isEqualTo(ForecastMethods.REGRESSION_PROFILE);
    }

    @Test
    void aMonthlyCycleIsGivenToTheFourierRegression() {
        List<Observation> history = Series.history(20 * 7, Series::weekday,
                d -> Series.weekdayTotal(d) * (1 + 0.15 * Math.cos(2 * Math.PI * (d.getDayOfMonth() - 1) / d.lengthOfMonth())));

        QueueForecast fc = forecast(history, SINGLE_BEST);

        assertThat(fc.explanation().method()).isEqualTo(ForecastMethods.FOURIER_PROFILE);
    }

    @Test
    void theComparisonTableListsEveryCandidateAndTheEnsemble() {
        List<Observation> history = Series.history(20 * 7, Series::weekday,
                d -> Series.weekdayTotal(d) * (1 + 0.15 * Math.cos(2 * Math.PI * (d.getDayOfMonth() - 1) / d.lengthOfMonth())));

        QueueForecast fc = forecast(history, ForecastSettings.defaults());

        assertThat(fc.scores()).extracting(MethodScore::method)
                .containsAll(ForecastMethods.names()).contains(ForecastEngine.ENSEMBLE);
        assertThat(fc.scores()).filteredOn(MethodScore::chosen).hasSize(1);
        MethodScore chosen = fc.scores().stream().filter(MethodScore::chosen).findFirst().orElseThrow();
        assertThat(chosen.method()).isEqualTo(fc.explanation().method());
        assertThat(fc.explanation().backtestWapePercent()).isEqualTo(chosen.wapePercent());
        assertThat(fc.explanation().decision().kept()).isEqualTo(fc.explanation().method());
        assertThat(fc.explanation().backtestOrigins()).hasSize(ForecastSettings.defaults().backtestWeeks());
    }

    @Test
    void theExplanationNamesModelParametersAndTrainingWindow() {
        List<Observation> history = Series.weeklyPattern(10);

        QueueForecast fc = forecast(history, ForecastSettings.defaults());

        ForecastExplanation e = fc.explanation();
        assertThat(e.method()).isNotBlank();
        assertThat(e.formula().english()).isNotBlank();
        assertThat(e.parameters()).isNotEmpty();
        assertThat(e.trainingFrom()).isEqualTo(Series.MONDAY);
        assertThat(e.trainingTo()).isEqualTo(Series.MONDAY.plusWeeks(9).plusDays(4));
        assertThat(e.selectionRule().english()).contains("nested rolling origin").contains("Diebold");
        assertThat(e.intervalMethod().stream().map(dev.frontline.shared.text.Phrase::english).toList().toString()).contains("backtest residuals");
    }

    @Test
    void aPureWeeklyPatternIsRecoveredExactlyByTheBaseline() {
        QueueForecast fc = forecast(Series.weeklyPattern(14), ForecastSettings.defaults());

        // Every candidate is exact, so no richer one can be significantly better: the simplest is kept.
        assertThat(SelectionRule.BASELINES).contains(fc.explanation().method());
        assertThat(fc.explanation().decision().code()).isEqualTo(SelectionDecision.Code.BASELINE_BEST_IN_BACKTEST);
        for (IntervalForecast i : fc.intervals()) {
            double expected = Series.weekdayTotal(i.date()) * Series.shape(IntervalGrain.MINUTES_30.slotOf(i.start()));
            assertThat(i.offered()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(fc.intervals()).hasSize(10 * (Series.CLOSE_SLOT - Series.OPEN_SLOT));
    }

    @Test
    void aShortHistoryDropsEarlyOriginsRatherThanTheMethodsThatNeedMoreData() {
        QueueForecast fc = forecast(Series.weeklyPattern(8), ForecastSettings.defaults());

        assertThat(fc.scores()).filteredOn(s -> s.method().equals(ForecastMethods.FOURIER_PROFILE)).singleElement()
                .satisfies(s -> assertThat(s.applicable()).isTrue());
        assertThat(fc.explanation().backtestOrigins()).hasSizeLessThan(ForecastSettings.defaults().backtestWeeks());
        assertThat(fc.explanation().englishNotes()).anyMatch(n -> n.contains("left out: not every candidate could be fitted"));
    }

    @Test
    void twoWeeksOfHistoryFallBackToTheWeekdayMeanAndSaySo() {
        QueueForecast fc = forecast(Series.weeklyPattern(2), ForecastSettings.defaults());

        assertThat(fc.explanation().method()).isEqualTo(ForecastMethods.WEEKDAY_MEAN_4);
        assertThat(fc.explanation().englishNotes()).anyMatch(n -> n.contains("too little history for a backtest"));
        assertThat(fc.explanation().decision().code()).isEqualTo(SelectionDecision.Code.FALLBACK_NO_BACKTEST);
        assertThat(fc.scores()).noneMatch(MethodScore::applicable);
        assertThat(Series.dayTotal(fc, Series.MONDAY.plusWeeks(2))).isCloseTo(1000, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void selectionUsesOnlyDataBeforeTheFirstForecastDay() {
        List<Observation> history = Series.weeklyPattern(12);
        LocalDate start = Series.MONDAY.plusWeeks(10);
        // Everything from the start on is doubled: a leak would show in the forecast.
        List<Observation> leaky = history.stream()
                .map(o -> o.date().isBefore(start) ? o : new Observation(o.date(), o.start(), o.offered() * 2, null)).toList();

        QueueForecast fc = new ForecastEngine().forecast(new ForecastRequest("q", leaky, IntervalGrain.MINUTES_30, start, 7, List.of()));

        assertThat(Series.dayTotal(fc, start)).isCloseTo(1000, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(fc.explanation().trainingTo()).isBefore(start);
    }
}
