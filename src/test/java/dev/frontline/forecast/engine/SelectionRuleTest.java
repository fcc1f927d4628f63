package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

import org.junit.jupiter.api.Test;

/**
 * Known-answer tests of the nested selection on made-up backtests: ten weeks of five one-slot days with an actual of
 * 100, lead week 1 only; weeks 0–7 before the start are validation weeks, each scored with the pick made on the weeks
 * before it (at least two).
 */
class SelectionRuleTest {

    private static final LocalDate START = LocalDate.of(2024, 6, 3);
    private static final int WEEKS = 10;

    private final List<Backtest.Case> cases = new ArrayList<>();
    private final Map<String, List<double[]>> predictions = new LinkedHashMap<>();

    SelectionRuleTest() {
        for (int w = WEEKS - 1; w >= 0; w--) {
            for (int d = 0; d < 5; d++) {
                cases.add(new Backtest.Case(START.minusWeeks(w + 1).plusDays(d), new double[] {100}, 1));
            }
        }
    }

    /** Predictions from a function of (week before the start, index of the day in that week). */
    private void method(String name, ToDoubleBiFunction<Integer, Integer> forecast) {
        List<double[]> p = new ArrayList<>();
        for (Backtest.Case c : cases) {
            int week = (int) ((START.toEpochDay() - c.day().toEpochDay() - 1) / 7);
            p.add(new double[] {forecast.applyAsDouble(week, c.day().getDayOfWeek().ordinal())});
        }
        predictions.put(name, p);
    }

    private SelectionRule.Choice choose(int ensembleSize) {
        return new SelectionRule(new Backtest(cases, predictions), START, false, 1, ensembleSize).choose();
    }

    @Test
    void aRicherMethodThatWinsEveryDayIsTaken() {
        method(ForecastMethods.WEEKDAY_MEAN_4, (w, d) -> d % 2 == 0 ? 108 : 93);
        method(ForecastMethods.FOURIER_PROFILE, (w, d) -> d % 2 == 0 ? 102 : 99.5);

        SelectionRule.Choice c = choose(1);

        assertThat(c.method()).isEqualTo(ForecastMethods.FOURIER_PROFILE);
        assertThat(c.decision().code()).isEqualTo(SelectionDecision.Code.RICHER_SIGNIFICANT);
        assertThat(c.decision().baseline()).isEqualTo(ForecastMethods.WEEKDAY_MEAN_4);
        assertThat(c.decision().weeksBetter()).isEqualTo(8);
        assertThat(c.decision().weeks()).isEqualTo(8);
        assertThat(c.decision().pointsBetter()).isCloseTo(6.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.decision().pValue()).isLessThan(SelectionDecision.ALPHA);
    }

    @Test
    void aSmallUnsteadyWinKeepsTheBaselineAndSaysWhy() {
        method(ForecastMethods.WEEKDAY_MEAN_4, (w, d) -> 105);
        // Better by 2 on the Monday of even weeks, worse by 1 on the Monday of odd ones: 0.10 points better on the validation weeks, noise.
        method(ForecastMethods.FOURIER_PROFILE, (w, d) -> d != 0 ? 105 : w % 2 == 0 ? 103 : 106);

        SelectionRule.Choice c = choose(1);

        assertThat(c.method()).isEqualTo(ForecastMethods.WEEKDAY_MEAN_4);
        assertThat(c.decision().code()).isEqualTo(SelectionDecision.Code.BASELINE_KEPT_NOT_SIGNIFICANT);
        assertThat(c.decision().text()).startsWith("kept weekday-mean-4: fourier-profile was 0.10 points better on 4 of 8");
        assertThat(c.decision().pValue()).isGreaterThan(SelectionDecision.ALPHA);
    }

    @Test
    void aWinOnlyOnTheSelectionWeeksFailsValidation() {
        method(ForecastMethods.WEEKDAY_MEAN_4, (w, d) -> 105);
        // Exact on the old weeks, far off on the last four: best over the backtest (4.8 % against 5 %), but picking it
        // from the weeks before each validation week would have lost (4 weeks × +5 points, 4 weeks × −7 points).
        method(ForecastMethods.DOUBLE_SEASONAL_HW, (w, d) -> w >= 4 ? 100 : 112);

        SelectionRule.Choice c = choose(1);

        assertThat(c.method()).isEqualTo(ForecastMethods.WEEKDAY_MEAN_4);
        assertThat(c.decision().code()).isEqualTo(SelectionDecision.Code.RICHER_FAILED_VALIDATION);
        assertThat(c.decision().pointsBetter()).isCloseTo(-1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.decision().weeksBetter()).isEqualTo(4);
        assertThat(c.decision().weeks()).isEqualTo(8);
    }

    @Test
    void withoutTheDefaultBaselineTheBestOtherIsTheOneToBeat() {
        method(ForecastMethods.SEASONAL_NAIVE, (w, d) -> 110);
        method(ForecastMethods.WEEKDAY_MEAN_8, (w, d) -> 104);
        method(ForecastMethods.REGRESSION_PROFILE, (w, d) -> 107);

        SelectionRule.Choice c = choose(1);

        assertThat(c.method()).isEqualTo(ForecastMethods.WEEKDAY_MEAN_8);
        assertThat(c.decision().code()).isEqualTo(SelectionDecision.Code.BASELINE_BEST_IN_BACKTEST);
        assertThat(c.decision().challenger()).isEqualTo(ForecastMethods.REGRESSION_PROFILE);
        assertThat(c.decision().pointsBetter()).isCloseTo(-3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theEnsembleAlwaysContainsTheBaseline() {
        // Baseline over, the two richer methods under: their mean with the baseline is exact every day.
        method(ForecastMethods.WEEKDAY_MEAN_4, (w, d) -> 110);
        method(ForecastMethods.FOURIER_PROFILE, (w, d) -> 96);
        method(ForecastMethods.REGRESSION_PROFILE, (w, d) -> 94);

        SelectionRule.Choice c = choose(3);

        assertThat(c.method()).isEqualTo(ForecastEngine.ENSEMBLE);
        assertThat(c.members()).containsExactly(ForecastMethods.WEEKDAY_MEAN_4, ForecastMethods.FOURIER_PROFILE,
                ForecastMethods.REGRESSION_PROFILE);
        assertThat(c.predictions()).allSatisfy(p -> assertThat(p[0]).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(c.ensembleScore().note().english()).contains("always includes the baseline");
    }

    @Test
    void anotherBaselineReplacesTheDefaultOnlyWhenSignificantlyBetter() {
        method(ForecastMethods.WEEKDAY_MEAN_4, (w, d) -> 105);
        method(ForecastMethods.WEEKDAY_MEAN_8, (w, d) -> d == 0 ? 104 : d == 1 && w % 2 == 1 ? 106.5 : 105);
        method(ForecastMethods.SEASONAL_NAIVE, (w, d) -> 102);

        SelectionRule.Choice c = choose(1);

        // Seasonal naive is better on every day: it replaces the mean of four. The mean of eight is a little better
        // overall (1 better every Monday, 1.5 worse every other Tuesday), which is not enough on its own.
        assertThat(c.method()).isEqualTo(ForecastMethods.SEASONAL_NAIVE);
        predictions.remove(ForecastMethods.SEASONAL_NAIVE);
        assertThat(choose(1).method()).isEqualTo(ForecastMethods.WEEKDAY_MEAN_4);
    }

    @Test
    void aStoredDecisionReadsBackTheSame() {
        SelectionDecision d = new SelectionDecision(SelectionDecision.Code.RICHER_FAILED_VALIDATION, "weekday-mean-4",
                "weekday-mean-4", "fourier-profile", -0.5, 2, 5, 1);

        SelectionDecision back = SelectionDecision.of(d.code().name(), d.arguments());

        assertThat(back).isEqualTo(d);
        assertThat(back.text()).isEqualTo("kept weekday-mean-4: fourier-profile won the backtest, but picked from earlier"
                + " weeks it was 0.50 points worse on the validation weeks (better on 2 of 5)");
    }
}
