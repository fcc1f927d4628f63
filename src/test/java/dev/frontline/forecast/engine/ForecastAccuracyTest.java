package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ForecastAccuracyTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime HALF_NINE = LocalTime.of(9, 30);

    private static IntervalForecast f(LocalDate d, LocalTime t, double v) {
        return new IntervalForecast(d, t, v, 0, v, v, v, v);
    }

    @Test
    void wapeBiasAndMaseFollowTheirDefinitions() {
        List<IntervalForecast> used = List.of(f(DAY, NINE, 110), f(DAY, HALF_NINE, 90), f(DAY.plusDays(1), NINE, 100));
        List<Observation> actuals = List.of(Observation.of(DAY, NINE, 100), Observation.of(DAY, HALF_NINE, 100),
                Observation.of(DAY.plusDays(1), NINE, 80));
        // Training history: the weekly naive errors are |100-90| and |100-80| at the two slots: scale 15.
        List<Observation> training = List.of(Observation.of(DAY.minusWeeks(2), NINE, 90), Observation.of(DAY.minusWeeks(1), NINE, 100),
                Observation.of(DAY.minusWeeks(2), HALF_NINE, 80), Observation.of(DAY.minusWeeks(1), HALF_NINE, 100));

        AccuracyReport r = ForecastAccuracy.evaluate("q", used, actuals, IntervalGrain.MINUTES_30, training);

        assertThat(r.overall().wapePercent().getAsDouble()).isCloseTo(100.0 * (10 + 10 + 20) / 280, within(1e-9));
        assertThat(r.overall().biasPercent().getAsDouble()).isCloseTo(100.0 * 20 / 280, within(1e-9));
        assertThat(r.maseScale()).isCloseTo(15, within(1e-9));
        assertThat(r.overall().mase().getAsDouble()).isCloseTo((40.0 / 3) / 15, within(1e-9));
        assertThat(r.byDay().get(DAY).wapePercent().getAsDouble()).isCloseTo(10, within(1e-9));
        assertThat(r.byDay().get(DAY).biasPercent().getAsDouble()).isCloseTo(0, within(1e-9));
        assertThat(r.byInterval().get(NINE).wapePercent().getAsDouble()).isCloseTo(100.0 * 30 / 180, within(1e-9));
    }

    @Test
    void onlyIntervalsWithActualsAreScoredAndEmptyMetricsStayEmpty() {
        List<IntervalForecast> used = List.of(f(DAY, NINE, 5), f(DAY, HALF_NINE, 500));
        List<Observation> actuals = List.of(Observation.of(DAY, NINE, 0));

        AccuracyReport r = ForecastAccuracy.evaluate("q", used, actuals, IntervalGrain.MINUTES_30, List.of());

        assertThat(r.overall().intervals()).isEqualTo(1);
        assertThat(r.overall().wapePercent()).isEmpty();
        assertThat(r.overall().mase()).isEmpty();
        assertThat(r.note()).contains("MASE not available");
    }
}
