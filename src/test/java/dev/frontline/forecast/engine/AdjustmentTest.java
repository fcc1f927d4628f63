package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdjustmentTest {

    private static QueueForecast model;
    private static LocalDate monday;

    @BeforeAll
    static void forecast() {
        model = new ForecastEngine().forecast(ForecastRequest.of("q", Series.weeklyPattern(10), IntervalGrain.MINUTES_30, 7));
        monday = Series.MONDAY.plusWeeks(10);
    }

    private static double adjustedDayTotal(AdjustedForecast a, LocalDate day) {
        return a.intervals().stream().filter(i -> i.adjusted().date().equals(day)).mapToDouble(i -> i.adjusted().offered()).sum();
    }

    @Test
    void adjustmentsNeverChangeTheModelForecast() {
        List<IntervalForecast> before = List.copyOf(model.intervals());
        QueueForecast copy = new QueueForecast(model.queue(), model.grain(), model.intervals(), model.days(), model.explanation(), model.scores());

        AdjustedForecast adjusted = AdjustedForecast.apply(model, List.of(
                Adjustment.dayPercent(monday, 50, "marketing mail"),
                Adjustment.rangeAbsolute(monday.plusDays(1), LocalTime.of(9, 0), LocalTime.of(11, 0), 120, "outage follow-up")));

        assertThat(model.intervals()).isEqualTo(before);
        assertThat(model).isEqualTo(copy);
        assertThat(adjusted.model()).isSameAs(model);
        assertThat(adjusted.intervals()).extracting(AdjustedInterval::model).isEqualTo(before);
    }

    @Test
    void aPercentOnADayScalesTheDayAndItsBounds() {
        AdjustedForecast adjusted = AdjustedForecast.apply(model, List.of(Adjustment.dayPercent(monday, 10, "mailing")));

        assertThat(adjustedDayTotal(adjusted, monday)).isCloseTo(1100, within(1e-6));
        assertThat(adjustedDayTotal(adjusted, monday.plusDays(1))).isCloseTo(900, within(1e-6));
        AdjustedInterval one = adjusted.intervals().stream().filter(i -> i.adjusted().date().equals(monday) && i.model().offered() > 0)
                .findFirst().orElseThrow();
        assertThat(one.adjusted().upper95()).isCloseTo(one.model().upper95() * 1.1, within(1e-9));
        assertThat(one.reasons()).containsExactly(monday + " whole day +10.0 % (mailing)");
    }

    @Test
    void anAbsoluteChangeOnARangeAddsThatManyContactsInsideTheRangeOnly() {
        LocalDate tuesday = monday.plusDays(1);
        AdjustedForecast adjusted = AdjustedForecast.apply(model,
                List.of(Adjustment.rangeAbsolute(tuesday, LocalTime.of(9, 0), LocalTime.of(11, 0), 120, "TV spot")));

        assertThat(adjustedDayTotal(adjusted, tuesday)).isCloseTo(900 + 120, within(1e-6));
        assertThat(adjusted.intervals()).filteredOn(AdjustedInterval::isAdjusted).extracting(i -> i.adjusted().start())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30));
        assertThat(adjusted.adjustedTotal() - adjusted.modelTotal()).isCloseTo(120, within(1e-6));
    }

    @Test
    void anAdjustmentNeedsAReasonAndATarget() {
        assertThatThrownBy(() -> Adjustment.dayPercent(monday, 10, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason is required");
        assertThatThrownBy(() -> AdjustedForecast.apply(model, List.of(Adjustment.dayPercent(monday.plusYears(1), 10, "typo"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matches no forecast interval");
        assertThatThrownBy(() -> Adjustment.rangePercent(monday, LocalTime.of(11, 0), LocalTime.of(9, 0), 5, "backwards"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not after from");
    }
}
