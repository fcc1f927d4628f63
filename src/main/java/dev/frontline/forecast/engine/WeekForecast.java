package dev.frontline.forecast.engine;

import java.time.LocalDate;

/** A week's total for capacity planning; bounds are the sums of daily bounds (errors taken as fully correlated). */
public record WeekForecast(LocalDate weekStart, double offered, double lower80, double upper80, double lower95, double upper95) {
}
