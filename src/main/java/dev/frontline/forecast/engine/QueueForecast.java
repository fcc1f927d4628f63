package dev.frontline.forecast.engine;

import java.util.List;

/**
 * The model forecast of one queue at interval level. Immutable: adjustments live in {@link AdjustedForecast}.
 *
 * @param scores the model-comparison table (every candidate and the ensemble, with the chosen one flagged)
 */
public record QueueForecast(String queue, IntervalGrain grain, List<IntervalForecast> intervals, List<DayForecast> days,
                            ForecastExplanation explanation, List<MethodScore> scores) {

    public QueueForecast {
        intervals = List.copyOf(intervals);
        days = List.copyOf(days);
        scores = List.copyOf(scores);
    }
}
