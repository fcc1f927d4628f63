package dev.frontline.forecast.engine;

import java.util.List;

/** Day- and week-level forecast of one queue for long-range capacity planning (up to 52 weeks). */
public record CapacityForecast(String queue, List<DayForecast> days, List<WeekForecast> weeks,
                               ForecastExplanation explanation, List<MethodScore> scores) {

    public CapacityForecast {
        days = List.copyOf(days);
        weeks = List.copyOf(weeks);
        scores = List.copyOf(scores);
    }
}
