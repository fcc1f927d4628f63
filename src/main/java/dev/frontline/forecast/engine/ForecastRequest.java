package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine needs for one queue, as plain data.
 *
 * @param firstDay    first forecast day, or {@code null} for the day after the last history day
 * @param horizonDays number of calendar days to forecast: 7–42 at interval level, up to 364 for capacity planning
 * @param specialDays closed days, public holidays and planner events, past and future
 */
public record ForecastRequest(String queue, List<Observation> history, IntervalGrain grain, LocalDate firstDay,
                              int horizonDays, List<SpecialDay> specialDays) {

    public ForecastRequest {
        queue = queue == null || queue.isBlank() ? "default" : queue.trim();
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        Objects.requireNonNull(grain, "grain");
        specialDays = specialDays == null ? List.of() : List.copyOf(specialDays);
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon for queue " + queue + ": " + horizonDays + " days is not positive");
        }
    }

    public static ForecastRequest of(String queue, List<Observation> history, IntervalGrain grain, int horizonDays) {
        return new ForecastRequest(queue, history, grain, null, horizonDays, List.of());
    }

    public ForecastRequest withSpecialDays(List<SpecialDay> days) {
        return new ForecastRequest(queue, history, grain, firstDay, horizonDays, days);
    }

    public ForecastRequest withFirstDay(LocalDate day) {
        return new ForecastRequest(queue, history, grain, day, horizonDays, specialDays);
    }
}
