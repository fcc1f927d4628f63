package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.time.LocalTime;

/** Offered volume and AHT for one interval, with 80 % and 95 % prediction bounds on the volume. */
public record IntervalForecast(LocalDate date, LocalTime start, double offered, double ahtSeconds,
                               double lower80, double upper80, double lower95, double upper95) {

    IntervalForecast scaled(double factor) {
        return new IntervalForecast(date, start, offered * factor, ahtSeconds, lower80 * factor, upper80 * factor,
                lower95 * factor, upper95 * factor);
    }
}
