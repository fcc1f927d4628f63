package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;

class ProgressAndCapacityTest {

    @Test
    void progressRisesToOneWithMessages() {
        List<Double> fractions = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<ForecastRequest> requests = List.of(ForecastRequest.of("a", Series.weeklyPattern(10), IntervalGrain.MINUTES_30, 7),
                ForecastRequest.of("b", Series.weeklyPattern(10), IntervalGrain.MINUTES_30, 7));

        new ForecastEngine().forecastAll(requests, (f, m) -> {
            fractions.add(f);
            messages.add(m.english());
        }, Cancellation.NONE);

        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(fractions).allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
        assertThat(messages).anyMatch(m -> m.startsWith("Queue 2 of 2"));
    }

    @Test
    void aCancelledRunStopsWithoutAResult() {
        AtomicInteger calls = new AtomicInteger();
        Cancellation token = () -> calls.incrementAndGet() > 3;

        assertThatThrownBy(() -> new ForecastEngine().forecast(ForecastRequest.of("a", Series.weeklyPattern(10), IntervalGrain.MINUTES_30, 7),
                Progress.NONE, token))
                .isInstanceOf(ForecastCancelledException.class).hasMessageContaining("cancelled");
    }

    @Test
    void aTokenCancelledBeforeTheRunStopsItAtOnce() {
        Cancellation.Flag token = Cancellation.flag();
        token.cancel();

        assertThatThrownBy(() -> new ForecastEngine().forecast(ForecastRequest.of("a", Series.weeklyPattern(10), IntervalGrain.MINUTES_30, 7),
                Progress.NONE, token))
                .isInstanceOf(ForecastCancelledException.class).hasMessage("forecast cancelled before it started");
    }

    @Test
    void aCapacityForecastCoversFiftyTwoWeeksAtDayAndWeekLevel() {
        CapacityForecast fc = new ForecastEngine().forecastCapacity(
                ForecastRequest.of("q", Series.weeklyPattern(20), IntervalGrain.MINUTES_30, 364).withFirstDay(Series.MONDAY.plusWeeks(20)),
                Progress.NONE, Cancellation.NONE);

        assertThat(fc.days()).hasSize(364);
        assertThat(fc.weeks()).hasSize(52);
        assertThat(fc.weeks()).allSatisfy(w -> assertThat(w.offered()).isCloseTo(4500, within(1e-6)));
        assertThat(fc.explanation().selectionRule().english()).contains("daily-total WAPE");
        LocalDate lastMonday = Series.MONDAY.plusWeeks(71);
        assertThat(fc.days()).filteredOn(d -> d.date().equals(lastMonday)).singleElement()
                .satisfies(d -> assertThat(d.offered()).isCloseTo(1000, within(1e-6)));
    }
}
