package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PredictionIntervalsTest {

    @Test
    void boundsCoverAboutTheirNominalShareOfFreshPoissonData() {
        LocalDate first = LocalDate.of(2024, 1, 1);
        LocalDate start = first.plusWeeks(20);
        List<Observation> all = SyntheticHistory.queue(42, first, 22, IntervalGrain.MINUTES_30, 4000, true);
        List<Observation> history = all.stream().filter(o -> o.date().isBefore(start)).toList();
        Map<String, Double> actual = new HashMap<>();
        all.stream().filter(o -> !o.date().isBefore(start)).forEach(o -> actual.merge(o.date() + " " + o.start(), o.offered(), Double::sum));

        QueueForecast fc = new ForecastEngine().forecast(ForecastRequest.of("q", history, IntervalGrain.MINUTES_30, 14));

        int n = 0;
        int in80 = 0;
        int in95 = 0;
        for (IntervalForecast i : fc.intervals()) {
            Double y = actual.get(i.date() + " " + i.start());
            if (y == null || i.offered() <= 0) {
                continue;
            }
            n++;
            in80 += y >= i.lower80() && y <= i.upper80() ? 1 : 0;
            in95 += y >= i.lower95() && y <= i.upper95() ? 1 : 0;
        }
        assertThat(n).isGreaterThan(300);
        assertThat(100.0 * in80 / n).isBetween(65.0, 92.0);
        assertThat(100.0 * in95 / n).isBetween(85.0, 99.5);
        assertThat(fc.explanation().intervalMethod().stream().map(dev.frontline.shared.text.Phrase::english).toList().toString()).contains("week 1:").contains("week 2:");
    }
}
